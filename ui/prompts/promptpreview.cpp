#include "ui/prompts/promptpreview.h"

#include "core/prompts/promptrender.h"
#include "ui/prompts/promptlabels.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Cutover {
namespace {

QString messageText(const ChatMessage &message)
{
    QString text;
    for (const ChatPart &part : message.parts)
        text += part.text;
    return text;
}

} // namespace

PromptPreview::PromptPreview(QWidget *parent)
    : QWidget(parent)
    , m_caseCombo(new QComboBox(this))
    , m_table(new QTableWidget(0, 2, this))
    , m_rendered(new QPlainTextEdit(this))
    , m_missing(new QLabel(this))
    , m_unused(new QLabel(this))
{
    m_table->setHorizontalHeaderLabels({tr("Variable"), tr("Sample Value")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setAccessibleName(tr("Sample values"));
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);

    m_rendered->setReadOnly(true);
    m_rendered->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_rendered->setAccessibleName(tr("Rendered messages"));

    for (QLabel *l : {m_missing, m_unused}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_missing->setObjectName(u"previewMissing"_s);
    m_missing->setStyleSheet(u"color: #9a3412;"_s);
    m_unused->setObjectName(u"previewUnused"_s);

    auto *title = new QLabel(tr("Preview with sample values"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    m_caseCombo->setAccessibleName(tr("Values from a test case"));
    m_caseCombo->setToolTip(tr("Fill the sample values from one of the project's test cases"));
    m_caseCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_caseCombo->setMinimumContentsLength(16);
    auto *caseRow = new QHBoxLayout;
    auto *caseLabel = new QLabel(tr("&Values from:"), this);
    caseLabel->setBuddy(m_caseCombo);
    caseRow->addWidget(caseLabel);
    caseRow->addWidget(m_caseCombo, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_rendered);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addLayout(caseRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_missing);
    layout->addWidget(m_unused);

    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() != 1)
            return;
        const QString name = m_table->item(item->row(), 0)->text();
        if (item->text().isEmpty())
            m_values.remove(name);
        else
            m_values.insert(name, item->text());
        m_caseCombo->setCurrentIndex(0);
        render();
    });
    connect(m_caseCombo, &QComboBox::activated, this, [this](int index) {
        const qint64 id = m_caseCombo->itemData(index).toLongLong();
        if (id > 0)
            useCase(id);
    });
    setCases({}, 0);
    render();
}

void PromptPreview::setCases(const QList<SampleCase> &cases, qint64 total)
{
    m_cases = cases;
    const qint64 keep = m_caseCombo->currentData().toLongLong();
    m_caseCombo->clear();
    m_caseCombo->addItem(cases.isEmpty() ? tr("No test cases: type values below")
                                         : tr("Values typed below"),
                         qint64(0));
    for (const SampleCase &c : cases) {
        QString first = c.values.isEmpty() ? QString() : c.values.first().simplified();
        if (first.size() > 40)
            first = first.left(40) + u'…';
        //: A test case in the preview's list: %1 = case id, %2 = its first value
        m_caseCombo->addItem(tr("Case %1: %2").arg(c.id).arg(first), c.id);
    }
    if (total > cases.size())
        m_caseCombo->setToolTip(tr("The first %1 of %2 test cases").arg(cases.size()).arg(total));
    m_caseCombo->setCurrentIndex(qMax(0, m_caseCombo->findData(keep)));
    m_caseCombo->setEnabled(!cases.isEmpty());
}

bool PromptPreview::useCase(qint64 id)
{
    for (const SampleCase &c : std::as_const(m_cases)) {
        if (c.id != id)
            continue;
        m_values.clear();
        for (auto it = c.values.cbegin(); it != c.values.cend(); ++it) {
            if (!it.value().isEmpty())
                m_values.insert(it.key(), it.value());
        }
        m_caseCombo->setCurrentIndex(m_caseCombo->findData(id));
        rebuildTable();
        render();
        return true;
    }
    return false;
}

void PromptPreview::setTemplate(const QList<TemplateMessage> &messages)
{
    const bool sameNames = PromptRender::variables(messages) == PromptRender::variables(m_messages);
    m_messages = messages;
    if (!sameNames || m_table->rowCount() == 0)
        rebuildTable();
    render();
}

void PromptPreview::setValue(const QString &name, const QString &value)
{
    if (value.isEmpty())
        m_values.remove(name);
    else
        m_values.insert(name, value);
    rebuildTable();
    render();
}

void PromptPreview::rebuildTable()
{
    QStringList names = PromptRender::variables(m_messages);
    const QStringList used = names;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (!names.contains(it.key()))
            names.append(it.key());
    }
    m_filling = true;
    m_table->setRowCount(int(names.size()));
    for (int row = 0; row < names.size(); ++row) {
        auto *name = new QTableWidgetItem(names.at(row));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        if (!used.contains(names.at(row))) {
            name->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            name->setToolTip(tr("No placeholder uses this value any more."));
        }
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(m_values.value(names.at(row))));
    }
    m_filling = false;
    m_table->resizeColumnToContents(0);
}

void PromptPreview::render()
{
    const RenderedPrompt rendered = PromptRender::render(m_messages, m_values);
    QStringList parts;
    for (const ChatMessage &m : rendered.messages)
        parts.append(tr("— %1 —").arg(PromptLabels::role(m.role)) + u'\n' + messageText(m));
    m_rendered->setPlainText(parts.join(u"\n\n"_s));

    QStringList missing;
    for (const PlaceholderUse &use : rendered.missing)
        missing.append(PromptRender::describeMissing(use));
    missing.removeDuplicates();
    m_missing->setText(missing.join(u'\n'));
    m_missing->setVisible(!missing.isEmpty());
    m_unused->setText(
            rendered.unused.isEmpty()
                    ? QString()
                    : tr("Not used by the template: %1").arg(rendered.unused.join(u", "_s)));
    m_unused->setVisible(!rendered.unused.isEmpty());
}

} // namespace Cutover
