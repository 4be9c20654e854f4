#pragma once

#include "core/prompts/prompt.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace Cutover {

// Renders a template with sample values: a table of variable → value (one
// row per variable the template uses, plus rows for values that no
// placeholder uses any more), the rendered messages, and what is missing or
// unused. Values are kept while the template changes; an empty value counts
// as not given.
class PromptPreview final : public QWidget
{
    Q_OBJECT

public:
    explicit PromptPreview(QWidget *parent = nullptr);

    void setTemplate(const QList<TemplateMessage> &messages);

    // Test cases whose values can fill the table ("Values from case"): id and
    // values, the first ones of the project. `total` is how many there are.
    struct SampleCase
    {
        qint64 id = 0;
        QMap<QString, QString> values;
    };
    void setCases(const QList<SampleCase> &cases, qint64 total);
    // Replaces the values with those of the case; false if it is not listed.
    bool useCase(qint64 id);
    void setValue(const QString &name, const QString &value);
    QMap<QString, QString> values() const { return m_values; }

    QTableWidget *valuesTable() const { return m_table; }
    QComboBox *caseCombo() const { return m_caseCombo; }
    QPlainTextEdit *renderedView() const { return m_rendered; }
    QLabel *missingLabel() const { return m_missing; }
    QLabel *unusedLabel() const { return m_unused; }

private:
    void rebuildTable();
    void render();

    QList<TemplateMessage> m_messages;
    QMap<QString, QString> m_values;
    QList<SampleCase> m_cases;
    QComboBox *m_caseCombo;
    QTableWidget *m_table;
    QPlainTextEdit *m_rendered;
    QLabel *m_missing;
    QLabel *m_unused;
    bool m_filling = false;
};

} // namespace Cutover
