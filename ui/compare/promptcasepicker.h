#pragma once

#include "core/prompts/prompt.h"
#include "core/providers/chattypes.h"
#include "core/runs/testcase.h"
#include "core/util/result.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Cutover {

class Project;

// Chooses what the Compare pane sends in its prompt mode: a prompt of the
// library and one of its versions, and a test case (searched by id or by
// text in its variables, reference and tags; at most kMaxListedCases are
// listed and read, so large case sets stay quick). Each endpoint gets the
// prompt's wording for it: its variant's newest version when the prompt has
// one for that endpoint (as a batch run does), else the chosen version.
class PromptCasePicker final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxListedCases = 200;

    explicit PromptCasePicker(Project *project, QWidget *parent = nullptr);

    // Re-reads prompts and cases, keeping the choices that still exist.
    void reload();
    // Version 0 = the newest.
    bool selectPrompt(const QString &name, int version = 0);
    bool selectCase(qint64 caseId);

    QString promptName() const;
    int promptVersion() const; // the chosen version's number, 0 when none
    const std::optional<Prompt> &prompt() const { return m_prompt; }
    std::optional<TestCase> currentCase() const;
    bool isReady() const; // a prompt version and a case are chosen

    // The messages for `endpoint`; `variantVersion` receives the variant's
    // version when its own wording is used (else 0). A variable without a
    // value is an error naming it.
    Result<QList<ChatMessage>> render(const QString &endpoint, int *variantVersion = nullptr) const;
    // "triage v2 · case 12", for labels.
    QString sourceText() const;

    QComboBox *promptCombo() const { return m_prompts; }
    QComboBox *versionCombo() const { return m_versions; }
    QLineEdit *caseSearch() const { return m_search; }
    QComboBox *caseCombo() const { return m_cases; }
    QLabel *infoLabel() const { return m_info; }

Q_SIGNALS:
    void changed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void projectChanged();
    void promptChosen();
    void fillCases();
    void updateInfo();

    QPointer<Project> m_project;
    std::optional<Prompt> m_prompt;
    QList<TestCase> m_listed; // the cases in the combo box
    qint64 m_caseCount = 0;
    bool m_stale = false; // prompts or cases changed while hidden
    QComboBox *m_prompts;
    QComboBox *m_versions;
    QLineEdit *m_search;
    QComboBox *m_cases;
    QLabel *m_info;
};

} // namespace Cutover
