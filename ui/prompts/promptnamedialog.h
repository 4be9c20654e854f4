#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Cutover {

// Asks for a prompt name (new prompt, rename): OK only when the name is
// valid (PromptStore::isValidName) and not taken; the reason is shown below
// the field as the user types.
class PromptNameDialog final : public QDialog
{
    Q_OBJECT

public:
    PromptNameDialog(const QString &title, const QString &name, const QStringList &taken,
                     QWidget *parent = nullptr);

    QString name() const;
    QLineEdit *nameEdit() const { return m_edit; }
    QLabel *problemLabel() const { return m_problem; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void validate();

    QStringList m_taken;
    QString m_original;
    QLineEdit *m_edit;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Cutover
