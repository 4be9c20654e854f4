#pragma once

#include "core/endpoints/endpoint.h"
#include "core/providers/chattypes.h"

#include <QPointer>
#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QNetworkAccessManager;
class QPlainTextEdit;
class QPushButton;

namespace Cutover {

class ChatCall;
class CompareSide;
class Project;
class ProviderClient;
class SecretStore;

// The Compare pane: the same request sent to two endpoints at the same time
// (baseline on the left, candidate on the right), both answers streaming in
// side by side with time to first token, latency, tokens, cost, finish reason
// and status, and a word-level diff highlight once both have ended.
//
// The messages come from the free-text fields (system prompt and user
// message) unless setMessages() gave them, e.g. a prompt version rendered for
// a case. Nothing is stored in the project, so read-only projects can compare.
class ComparePane final : public QWidget
{
    Q_OBJECT

public:
    enum Side { Baseline = 0, Candidate = 1 };

    ComparePane(Project *project, SecretStore *secrets, QNetworkAccessManager *network,
                QWidget *parent = nullptr);
    ~ComparePane() override;

    // Messages to send instead of the free text; `source` says where they
    // come from ("Summarize v3, case 12"). The free-text fields are hidden
    // until clearMessages().
    void setMessages(const QList<ChatMessage> &messages, const QString &source);
    void clearMessages();
    bool hasGivenMessages() const { return !m_given.isEmpty(); }
    // What runBoth() sends: the given messages, else the free text.
    QList<ChatMessage> messages() const;

    // Re-reads the project's endpoints (also done whenever the pane is shown),
    // keeping the chosen ones if they still exist, else baseline and candidate.
    void reloadEndpoints();
    // Chooses an endpoint by name for a side; false if there is none.
    bool selectEndpoint(Side side, const QString &name);
    QString selectedEndpoint(Side side) const;

    void runBoth();
    void cancel();
    bool isRunning() const;

    void setHighlightDifferences(bool on);
    bool highlightDifferences() const;

    ProviderClient *client() const { return m_client; }
    CompareSide *side(Side side) const { return m_sides[side]; }
    QComboBox *endpointCombo(Side side) const { return m_combos[side]; }
    QPlainTextEdit *systemEdit() const { return m_system; }
    QPlainTextEdit *userEdit() const { return m_user; }
    QLabel *givenMessagesLabel() const { return m_givenLabel; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QCheckBox *diffToggle() const { return m_diff; }
    QLabel *noticeLabel() const { return m_notice; }

Q_SIGNALS:
    // Both sides have ended (any status). The results are those of the sides.
    void comparisonFinished(const Cutover::ChatResult &baseline,
                            const Cutover::ChatResult &candidate);
    // The word-level diff is shown (it is computed off the UI thread).
    void differencesHighlighted();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void startSide(Side side, const Endpoint &endpoint, const ChatRequest &request, int run);
    void sideFinished(Side side, const ChatResult &result);
    void applyDiff();
    void updateActions();

    QPointer<Project> m_project; // the shell may close it before removing the pane
    SecretStore *m_secrets;
    ProviderClient *m_client;
    QList<Endpoint> m_endpoints;
    QList<ChatMessage> m_given;
    std::array<QComboBox *, 2> m_combos{};
    std::array<CompareSide *, 2> m_sides{};
    std::array<QPointer<ChatCall>, 2> m_calls;
    std::array<bool, 2> m_pending{}; // sent or waiting for the key
    int m_diffGeneration = 0;
    int m_runId = 0; // to ignore key lookups of an earlier run
    QWidget *m_freeText;
    QPlainTextEdit *m_system;
    QPlainTextEdit *m_user;
    QLabel *m_givenLabel;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QCheckBox *m_diff;
    QLabel *m_notice;
};

} // namespace Cutover
