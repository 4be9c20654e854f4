#pragma once

#include "core/endpoints/endpoint.h"
#include "core/providers/chattypes.h"
#include "core/runs/testcase.h"

#include <QDateTime>
#include <QMap>
#include <QPointer>
#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QNetworkAccessManager;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QSpinBox;
class QStackedWidget;
class QTabBar;

namespace Cutover {

class ChatCall;
class CompareSide;
class Project;
class PromptCasePicker;
class ProviderClient;
class RatingBar;
class SecretStore;

// The Compare pane: the same request sent to two endpoints at the same time
// (baseline on the left, candidate on the right), both answers streaming in
// side by side with time to first token, latency, tokens, cost, finish reason
// and status, and a word-level diff highlight once both have ended.
//
// Three modes:
// - Free text: the messages come from the system prompt and user message
//   fields unless setMessages() gave them. Nothing is stored, so it cannot be
//   rated; read-only projects can compare.
// - Prompt and case: a prompt version and a test case (PromptCasePicker),
//   each side rendered with its endpoint's own wording when the prompt has
//   one. The finished comparison is kept in the project as a small run (two
//   endpoints, one case; CompareRecorder) so that it can be rated and
//   reviewed later in the results matrix.
// - Recorded: a stored result of a run and the baseline's for the same case
//   and repeat (showRecorded()), with metrics, assertion outcomes and the
//   diff, offline. "Run again live" sends the same prompt and case again.
// Both stored modes show a rating bar (Ctrl+1..4).
class ComparePane final : public QWidget
{
    Q_OBJECT

public:
    enum Side { Baseline = 0, Candidate = 1 };
    enum Mode { FreeText = 0, PromptCase = 1, Recorded = 2 };

    ComparePane(Project *project, SecretStore *secrets, QNetworkAccessManager *network,
                QWidget *parent = nullptr);
    ~ComparePane() override;

    // Messages to send instead of the free text; `source` says where they
    // come from ("Summarize v3, case 12"). The free-text fields are hidden
    // until clearMessages().
    void setMessages(const QList<ChatMessage> &messages, const QString &source);
    void clearMessages();
    bool hasGivenMessages() const { return !m_given.isEmpty(); }
    // What runBoth() sends in free-text mode: the given messages, else the free text.
    QList<ChatMessage> messages() const;

    void setMode(Mode mode);
    Mode mode() const;
    // Prompt mode with this prompt and version (0 = the newest) chosen; the
    // prompt library calls it. False if there is no such prompt or version.
    bool usePrompt(const QString &name, int version);
    // Recorded mode: the stored result of `endpoint` (the run's second
    // endpoint when empty) for the case and repeat (0-based), next to the
    // baseline's. False, with a notice, when the run or case is unknown.
    bool showRecorded(qint64 runId, qint64 caseId, const QString &endpoint = QString(),
                      int repeat = 0);
    // The run whose case the rating bar rates now (0: none).
    qint64 ratedRunId() const;
    qint64 ratedCaseId() const;

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

    // Splitter positions and the diff toggle, for the shell's settings;
    // restoreState() ignores data it cannot read.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

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
    QTabBar *modeBar() const { return m_modes; }
    PromptCasePicker *picker() const { return m_picker; }
    RatingBar *ratingBar() const { return m_rating; }
    QLabel *recordedLabel() const { return m_recordedLabel; }
    QSpinBox *repeatSpin() const { return m_repeat; }

Q_SIGNALS:
    // Both sides have ended (any status). The results are those of the sides.
    void comparisonFinished(const Cutover::ChatResult &baseline,
                            const Cutover::ChatResult &candidate);
    // The word-level diff is shown (it is computed off the UI thread).
    void differencesHighlighted();
    // A prompt-and-case comparison was kept in the project as run `runId`.
    void liveCompareStored(qint64 runId, qint64 caseId);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void startSide(Side side, const Endpoint &endpoint, const ChatRequest &request, int run);
    void modeChosen(int mode);
    // The input area as tall as its shown page needs (recorded mode), or free.
    void fitInputArea();
    bool loadRecorded();
    void replayLive();
    void storeLiveCompare();
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
    QTabBar *m_modes;
    QStackedWidget *m_inputs;
    PromptCasePicker *m_picker;
    RatingBar *m_rating;
    QWidget *m_endpointsRow;
    QLabel *m_recordedLabel;
    QSpinBox *m_repeat;
    // The recorded comparison shown (Recorded mode).
    qint64 m_recordedRun = 0;
    qint64 m_recordedCase = 0;
    QString m_recordedEndpoint;
    // What a running prompt-mode comparison sent, to store it when it ends.
    struct LiveContext
    {
        bool active = false;
        QString promptName;
        int promptVersion = 0;
        QMap<QString, int> variantVersions;
        QString endpoints[2];
        TestCase testCase;
        QDateTime startedAt;
    } m_live;
    QSplitter *m_split = nullptr;   // input above, answers below
    QSplitter *m_answers = nullptr; // baseline left, candidate right
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
