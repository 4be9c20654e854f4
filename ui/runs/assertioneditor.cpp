#include "ui/runs/assertioneditor.h"

#include "core/runs/assertionjson.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Cutover {
namespace {

struct KindInfo
{
    AssertionKind kind;
    const char *label;
};

const KindInfo kKinds[] = {
        {AssertionKind::Equals, QT_TRANSLATE_NOOP("Cutover::AssertionEditor", "Equals")},
        {AssertionKind::Contains, QT_TRANSLATE_NOOP("Cutover::AssertionEditor", "Contains")},
        {AssertionKind::Regex,
         QT_TRANSLATE_NOOP("Cutover::AssertionEditor", "Matches a regular expression")},
        {AssertionKind::StartsWith, QT_TRANSLATE_NOOP("Cutover::AssertionEditor", "Starts with")},
        {AssertionKind::IsJson, QT_TRANSLATE_NOOP("Cutover::AssertionEditor", "Is valid JSON")},
        {AssertionKind::MatchesSchema,
         QT_TRANSLATE_NOOP("Cutover::AssertionEditor", "JSON matches a schema")},
        {AssertionKind::MaxLength,
         QT_TRANSLATE_NOOP("Cutover::AssertionEditor", "Maximum length (characters)")},
        {AssertionKind::MaxLatency,
         QT_TRANSLATE_NOOP("Cutover::AssertionEditor", "Maximum latency (ms)")},
        {AssertionKind::MaxCost, QT_TRANSLATE_NOOP("Cutover::AssertionEditor", "Maximum cost")},
        {AssertionKind::SimilarToReference,
         QT_TRANSLATE_NOOP("Cutover::AssertionEditor", "Similar to the reference")},
        {AssertionKind::EquivalentToBaseline,
         QT_TRANSLATE_NOOP("Cutover::AssertionEditor", "Equivalent to the baseline's answer")},
};

bool usesText(AssertionKind k)
{
    return k == AssertionKind::Equals || k == AssertionKind::Regex
           || k == AssertionKind::StartsWith;
}
bool usesCase(AssertionKind k)
{
    return usesText(k) || k == AssertionKind::Contains || k == AssertionKind::SimilarToReference
           || k == AssertionKind::EquivalentToBaseline;
}
bool usesFence(AssertionKind k)
{
    return k == AssertionKind::IsJson || k == AssertionKind::MatchesSchema;
}
bool usesLimit(AssertionKind k)
{
    return k == AssertionKind::MaxLength || k == AssertionKind::MaxLatency
           || k == AssertionKind::MaxCost || k == AssertionKind::SimilarToReference
           || k == AssertionKind::EquivalentToBaseline;
}
bool isSimilarity(AssertionKind k)
{
    return k == AssertionKind::SimilarToReference || k == AssertionKind::EquivalentToBaseline;
}

QString listText(const Assertion &a)
{
    return AssertionEditor::tr("%1 — weight %2")
            .arg(Assertions::describe(a), QLocale().toString(a.weight, 'g', 4));
}

} // namespace

AssertionEditor::AssertionEditor(const QList<Assertion> &assertions, double passThreshold,
                                 QWidget *parent)
    : QDialog(parent)
    , m_assertions(assertions)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_fields(new QWidget(this))
    , m_kind(new QComboBox(m_fields))
    , m_text(new QLineEdit(m_fields))
    , m_needles(new QPlainTextEdit(m_fields))
    , m_mode(new QComboBox(m_fields))
    , m_caseInsensitive(new QCheckBox(tr("&Ignore case"), m_fields))
    , m_codeFence(new QCheckBox(tr("Accept a ```json code &fence around it"), m_fields))
    , m_schema(new QPlainTextEdit(m_fields))
    , m_limit(new QDoubleSpinBox(m_fields))
    , m_measure(new QComboBox(m_fields))
    , m_weight(new QDoubleSpinBox(m_fields))
    , m_threshold(new QDoubleSpinBox(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Assertions"));
    setObjectName(u"AssertionEditor"_s);
    m_list->setAccessibleName(tr("Assertions"));
    for (const KindInfo &k : kKinds)
        m_kind->addItem(tr(k.label), int(k.kind));
    m_mode->addItem(tr("any of them"), int(ContainsMode::Any));
    m_mode->addItem(tr("all of them"), int(ContainsMode::All));
    for (SimilarityMeasure m :
         {SimilarityMeasure::Levenshtein, SimilarityMeasure::Jaccard, SimilarityMeasure::Cosine})
        m_measure->addItem(Similarity::label(m), int(m));
    m_needles->setPlaceholderText(tr("One text per line"));
    m_needles->setTabChangesFocus(true);
    m_schema->setPlaceholderText(tr("{\"type\": \"object\", \"required\": [\"answer\"]}"));
    m_schema->setTabChangesFocus(true);
    m_limit->setRange(0, 1e9);
    m_limit->setDecimals(4);
    m_weight->setRange(0, 1000);
    m_weight->setDecimals(2);
    m_weight->setSingleStep(0.5);
    m_threshold->setRange(0, 1);
    m_threshold->setDecimals(2);
    m_threshold->setSingleStep(0.05);
    m_threshold->setValue(passThreshold);
    m_threshold->setToolTip(tr("The weighted share of assertions an answer must pass (0 to 1)."));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: palette(highlight);"_s);
    m_problem->hide();

    auto *form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Text:"), m_text);
    form->addRow(tr("T&exts:"), m_needles);
    form->addRow(tr("&Match:"), m_mode);
    form->addRow(QString(), m_caseInsensitive);
    form->addRow(QString(), m_codeFence);
    form->addRow(tr("&Schema:"), m_schema);
    form->addRow(tr("&Measure:"), m_measure);
    form->addRow(tr("&Limit:"), m_limit);
    form->addRow(tr("&Weight:"), m_weight);
    m_rows = {m_text,      m_needles, m_mode,    m_caseInsensitive,
              m_codeFence, m_schema,  m_measure, m_limit};

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(m_fields, 1);

    auto *thresholdRow = new QFormLayout;
    thresholdRow->addRow(tr("&Pass threshold:"), m_threshold);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AssertionEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AssertionEditor::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(thresholdRow);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(760, 420);

    for (qsizetype i = 0; i < m_assertions.size(); ++i) {
        m_list->addItem(QString());
        refreshRow(int(i));
    }

    connect(m_list, &QListWidget::currentRowChanged, this, &AssertionEditor::showCurrent);
    connect(m_add, &QPushButton::clicked, this, [this] {
        m_assertions.append(Assertion::contains({}, ContainsMode::Any));
        m_list->addItem(QString());
        refreshRow(m_list->count() - 1);
        m_list->setCurrentRow(int(m_assertions.size()) - 1);
        m_needles->setFocus();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0)
            return;
        m_assertions.removeAt(row);
        delete m_list->takeItem(row);
        showCurrent();
    });
    const auto changed = [this] {
        writeCurrent();
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, changed);
    connect(m_text, &QLineEdit::textChanged, this, changed);
    connect(m_needles, &QPlainTextEdit::textChanged, this, changed);
    connect(m_mode, &QComboBox::currentIndexChanged, this, changed);
    connect(m_caseInsensitive, &QCheckBox::toggled, this, changed);
    connect(m_codeFence, &QCheckBox::toggled, this, changed);
    connect(m_schema, &QPlainTextEdit::textChanged, this, changed);
    connect(m_limit, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_measure, &QComboBox::currentIndexChanged, this, changed);
    connect(m_weight, &QDoubleSpinBox::valueChanged, this, changed);

    if (!m_assertions.isEmpty())
        m_list->setCurrentRow(0);
    showCurrent();
}

double AssertionEditor::passThreshold() const
{
    return m_threshold->value();
}

void AssertionEditor::showCurrent()
{
    const int row = m_list->currentRow();
    m_fields->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    if (row < 0 || row >= m_assertions.size()) {
        updateFields();
        return;
    }
    const Assertion &a = m_assertions.at(row);
    m_loading = true;
    m_kind->setCurrentIndex(m_kind->findData(int(a.kind)));
    m_text->setText(a.text);
    m_needles->setPlainText(a.needles.join(u'\n'));
    m_mode->setCurrentIndex(m_mode->findData(int(a.mode)));
    m_caseInsensitive->setChecked(a.caseInsensitive);
    m_codeFence->setChecked(a.allowCodeFence);
    m_schema->setPlainText(a.schema.isEmpty() ? QString()
                                              : QString::fromUtf8(QJsonDocument(a.schema).toJson(
                                                      QJsonDocument::Indented)));
    m_limit->setValue(a.limit);
    m_measure->setCurrentIndex(m_measure->findData(int(a.measure)));
    m_weight->setValue(a.weight);
    m_loading = false;
    updateFields();
}

void AssertionEditor::updateFields()
{
    const auto kind = AssertionKind(m_kind->currentData().toInt());
    auto *form = static_cast<QFormLayout *>(m_fields->layout());
    form->setRowVisible(m_text, usesText(kind));
    form->setRowVisible(m_needles, kind == AssertionKind::Contains);
    form->setRowVisible(m_mode, kind == AssertionKind::Contains);
    form->setRowVisible(m_caseInsensitive, usesCase(kind));
    form->setRowVisible(m_codeFence, usesFence(kind));
    form->setRowVisible(m_schema, kind == AssertionKind::MatchesSchema);
    form->setRowVisible(m_measure, isSimilarity(kind));
    form->setRowVisible(m_limit, usesLimit(kind));
    if (isSimilarity(kind)) {
        m_limit->setDecimals(2);
        m_limit->setMaximum(1);
        m_limit->setSingleStep(0.05);
    } else {
        m_limit->setDecimals(kind == AssertionKind::MaxCost ? 4 : 0);
        m_limit->setMaximum(1e9);
        m_limit->setSingleStep(kind == AssertionKind::MaxCost ? 0.001 : 100);
    }
}

void AssertionEditor::writeCurrent()
{
    if (m_loading)
        return;
    updateFields();
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_assertions.size())
        return;
    Assertion a;
    a.kind = AssertionKind(m_kind->currentData().toInt());
    a.weight = m_weight->value();
    if (usesText(a.kind))
        a.text = m_text->text();
    if (a.kind == AssertionKind::Contains) {
        for (const QString &line : m_needles->toPlainText().split(u'\n')) {
            if (!line.isEmpty())
                a.needles.append(line);
        }
        a.mode = ContainsMode(m_mode->currentData().toInt());
    }
    if (usesCase(a.kind))
        a.caseInsensitive = m_caseInsensitive->isChecked();
    if (usesFence(a.kind))
        a.allowCodeFence = m_codeFence->isChecked();
    if (a.kind == AssertionKind::MatchesSchema)
        a.schema = QJsonDocument::fromJson(m_schema->toPlainText().toUtf8()).object();
    if (usesLimit(a.kind))
        a.limit = m_limit->value();
    if (isSimilarity(a.kind))
        a.measure = SimilarityMeasure(m_measure->currentData().toInt());
    m_assertions[row] = a;
    refreshRow(row);
    m_problem->hide();
}

void AssertionEditor::refreshRow(int row)
{
    if (QListWidgetItem *item = m_list->item(row)) {
        item->setText(listText(m_assertions.at(row)));
        item->setToolTip(item->text());
    }
}

void AssertionEditor::accept()
{
    for (qsizetype i = 0; i < m_assertions.size(); ++i) {
        const Assertion &a = m_assertions.at(i);
        QString problem;
        if (a.kind == AssertionKind::MatchesSchema) {
            QJsonParseError error;
            const QJsonDocument schema = QJsonDocument::fromJson(
                    m_list->currentRow() == i ? m_schema->toPlainText().toUtf8()
                                              : QJsonDocument(a.schema).toJson(),
                    &error);
            if (error.error != QJsonParseError::NoError || !schema.isObject())
                problem = tr("the schema is not a JSON object");
        }
        if (problem.isEmpty()) {
            const auto checked
                    = AssertionJson::fromJson(AssertionJson::toJson(a), u"assertions[%1]"_s.arg(i));
            if (!checked)
                problem = checked.error().message;
        }
        if (!problem.isEmpty()) {
            m_list->setCurrentRow(int(i));
            m_problem->setText(tr("Assertion %1: %2").arg(i + 1).arg(problem));
            m_problem->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace Cutover
