#pragma once

#include "core/runs/assertion.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Cutover {

// Edits one test case's assertions (every kind of assertion.h, with its
// weight) and its pass threshold. OK checks each assertion the way the
// project stores it (a regex that compiles, a schema of known keywords) and
// names the first problem instead of closing.
class AssertionEditor final : public QDialog
{
    Q_OBJECT

public:
    AssertionEditor(const QList<Assertion> &assertions, double passThreshold,
                    QWidget *parent = nullptr);

    QList<Assertion> assertions() const { return m_assertions; }
    double passThreshold() const;

    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *textEdit() const { return m_text; }
    QPlainTextEdit *needlesEdit() const { return m_needles; }
    QDoubleSpinBox *limitSpin() const { return m_limit; }
    QDoubleSpinBox *weightSpin() const { return m_weight; }
    QDoubleSpinBox *thresholdSpin() const { return m_threshold; }
    QLabel *problemLabel() const { return m_problem; }

    void accept() override;

private:
    void showCurrent();
    void writeCurrent();
    void updateFields();
    void refreshRow(int row);

    QList<Assertion> m_assertions;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QWidget *m_fields;
    QComboBox *m_kind;
    QLineEdit *m_text;
    QPlainTextEdit *m_needles;
    QComboBox *m_mode;
    QCheckBox *m_caseInsensitive;
    QCheckBox *m_codeFence;
    QPlainTextEdit *m_schema;
    QDoubleSpinBox *m_limit;
    QComboBox *m_measure;
    QDoubleSpinBox *m_weight;
    QDoubleSpinBox *m_threshold;
    QLabel *m_problem;
    QList<QWidget *> m_rows; // field rows, shown per kind
    bool m_loading = false;
};

} // namespace Cutover
