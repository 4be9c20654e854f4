#include "ui/prompts/promptnamedialog.h"

#include "core/prompts/promptstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Cutover {

PromptNameDialog::PromptNameDialog(const QString &title, const QString &name,
                                   const QStringList &taken, QWidget *parent)
    : QDialog(parent)
    , m_taken(taken)
    , m_original(name)
    , m_edit(new QLineEdit(name, this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    m_edit->setAccessibleName(tr("Prompt name"));
    m_edit->selectAll();
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(u"color: #b42318;"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_edit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &PromptNameDialog::validate);
    validate();
    resize(qMax(sizeHint().width(), 380), sizeHint().height());
}

QString PromptNameDialog::name() const
{
    return m_edit->text().trimmed();
}

void PromptNameDialog::validate()
{
    const QString n = name();
    QString problem;
    if (n.isEmpty())
        problem = tr("Enter a name.");
    else if (!PromptStore::isValidName(n))
        problem = tr("A prompt name cannot hold \"@\" (it separates the version: name@3) or a "
                     "line break.");
    else if (n != m_original && m_taken.contains(n))
        problem = tr("The project already has a prompt named \"%1\".").arg(n);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && n != m_original);
}

} // namespace Cutover
