#include "ui/runs/newrundialog.h"

#include "core/endpoints/endpointstore.h"
#include "core/prompts/promptstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Cutover {

NewRunDialog::NewRunDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_prompt(new QComboBox(this))
    , m_version(new QComboBox(this))
    , m_endpoints(new QListWidget(this))
    , m_repeats(new QSpinBox(this))
    , m_concurrency(new QSpinBox(this))
    , m_ignoreCache(new QCheckBox(tr("Send every request, even when the response &cache holds "
                                     "the answer"),
                                  this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("New Run"));
    setObjectName(u"NewRunDialog"_s);
    m_repeats->setRange(1, 100);
    m_repeats->setToolTip(tr("Answers per case and endpoint, to see how much they vary."));
    m_concurrency->setRange(0, 64);
    m_concurrency->setSpecialValueText(tr("the endpoint's limit"));
    m_concurrency->setToolTip(tr("Requests in flight per endpoint."));
    m_endpoints->setAccessibleName(tr("Endpoints"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020;"_s);
    m_problem->hide();

    if (auto prompts = PromptStore::list(m_db); prompts) {
        for (const PromptStore::PromptSummary &p : std::as_const(prompts.value()))
            m_prompt->addItem(p.name, p.name);
    } else {
        m_problem->setText(prompts.error().message);
        m_problem->show();
    }
    if (auto endpoints = EndpointStore::load(m_db); endpoints) {
        QList<Endpoint> sorted = endpoints.value();
        // Baseline first, then candidates, then the rest, each in stored order.
        std::stable_sort(sorted.begin(), sorted.end(), [](const Endpoint &a, const Endpoint &b) {
            return int(a.role) < int(b.role);
        });
        for (const Endpoint &e : std::as_const(sorted)) {
            QString text = tr("%1 — %2").arg(e.name, e.model);
            if (e.role == EndpointRole::Baseline)
                text += tr(" (baseline)");
            else if (e.role == EndpointRole::Candidate)
                text += tr(" (candidate)");
            auto *item = new QListWidgetItem(text, m_endpoints);
            item->setData(Qt::UserRole, e.name);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
            item->setCheckState(e.role == EndpointRole::Other ? Qt::Unchecked : Qt::Checked);
        }
    } else {
        m_problem->setText(endpoints.error().message);
        m_problem->show();
    }
    m_endpoints->setDragDropMode(QAbstractItemView::InternalMove);
    m_endpoints->setMinimumHeight(120);

    auto *form = new QFormLayout;
    form->addRow(tr("&Prompt:"), m_prompt);
    form->addRow(tr("&Version:"), m_version);
    auto *hint
            = new QLabel(tr("The first checked endpoint is the baseline; drag to reorder."), this);
    hint->setWordWrap(true);
    form->addRow(tr("&Endpoints:"), m_endpoints);
    form->addRow(QString(), hint);
    form->addRow(tr("&Repeats:"), m_repeats);
    form->addRow(tr("C&oncurrency:"), m_concurrency);
    form->addRow(QString(), m_ignoreCache);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start Run"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewRunDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_prompt, &QComboBox::currentIndexChanged, this, &NewRunDialog::loadVersions);
    loadVersions();
}

void NewRunDialog::loadVersions()
{
    m_version->clear();
    const QString name = m_prompt->currentData().toString();
    if (name.isEmpty())
        return;
    auto prompt = PromptStore::load(m_db, name);
    if (!prompt) {
        m_problem->setText(prompt.error().message);
        m_problem->show();
        return;
    }
    const QList<PromptVersion> &versions = prompt->versions;
    if (!versions.isEmpty())
        m_version->addItem(tr("latest (v%1)").arg(versions.constLast().number), 0);
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString when = QLocale().toString(it->createdAt.toLocalTime(), QLocale::ShortFormat);
        m_version->addItem(it->note.isEmpty()
                                   ? tr("v%1 · %2").arg(it->number).arg(when)
                                   : tr("v%1 · %2 · %3").arg(it->number).arg(when, it->note),
                           it->number);
    }
}

RunSpec NewRunDialog::spec() const
{
    RunSpec s;
    s.promptName = m_prompt->currentData().toString();
    s.promptVersion = m_version->currentData().toInt();
    for (int i = 0; i < m_endpoints->count(); ++i) {
        const QListWidgetItem *item = m_endpoints->item(i);
        if (item->checkState() == Qt::Checked)
            s.endpoints.append(item->data(Qt::UserRole).toString());
    }
    s.repeats = m_repeats->value();
    s.concurrency = m_concurrency->value();
    s.ignoreCache = m_ignoreCache->isChecked();
    return s;
}

void NewRunDialog::preset(const RunSpec &spec)
{
    if (const int i = m_prompt->findData(spec.promptName); i >= 0)
        m_prompt->setCurrentIndex(i);
    if (!spec.endpoints.isEmpty()) {
        int at = 0;
        for (const QString &name : spec.endpoints) {
            for (int i = 0; i < m_endpoints->count(); ++i) {
                if (m_endpoints->item(i)->data(Qt::UserRole).toString() == name) {
                    QListWidgetItem *item = m_endpoints->takeItem(i);
                    m_endpoints->insertItem(at++, item);
                    break;
                }
            }
        }
        for (int i = 0; i < m_endpoints->count(); ++i)
            m_endpoints->item(i)->setCheckState(i < at ? Qt::Checked : Qt::Unchecked);
    }
    m_repeats->setValue(spec.repeats);
    m_concurrency->setValue(spec.concurrency);
    m_ignoreCache->setChecked(spec.ignoreCache);
}

void NewRunDialog::accept()
{
    const RunSpec s = spec();
    QString problem;
    if (s.promptName.isEmpty())
        problem = tr("The project has no prompt yet: add one in the Prompts pane first.");
    else if (s.endpoints.isEmpty())
        problem = tr("Check at least one endpoint (the first one checked is the baseline).");
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace Cutover
