#pragma once

#include "core/providers/chattypes.h"

#include <QJsonArray>
#include <QWidget>

#include <optional>

class QLabel;
class QTextEdit;
class QToolButton;

namespace Cutover {

// One side of the Compare pane: a title, the answer as it streams in
// (read-only), a copy button, a row of metrics and the status.
class CompareSide final : public QWidget
{
    Q_OBJECT

public:
    explicit CompareSide(const QString &title, QWidget *parent = nullptr);

    QTextEdit *textView() const { return m_text; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *endpointLabel() const { return m_endpoint; }
    QLabel *metricsLabel() const { return m_metrics; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *assertionsLabel() const { return m_assertions; }
    QToolButton *copyButton() const { return m_copy; }

    // The answer's text as shown.
    QString text() const;
    // The final result, once the call has ended.
    const std::optional<ChatResult> &result() const { return m_result; }
    bool isFinished() const { return m_result.has_value(); }

    // Empties the side for a new call to the named endpoint.
    void start(const QString &endpointLabel);
    // A retry: the earlier attempt's text is dropped.
    void retrying(int attempt);
    void appendText(const QString &text);
    void finish(const ChatResult &result);
    // Ends the side without a call (no key, unknown endpoint, ...).
    void failBeforeSending(const QString &message);
    void clear();
    // Assertion outcomes of a stored result (runstore.h: one object per
    // assertion {status, reason, weight, measured}), with the verdict; an
    // empty list hides them.
    void showAssertions(const QJsonArray &outcomes, std::optional<bool> passed,
                        std::optional<double> score);

    // Background colour for the given UTF-16 ranges (start, length) of the
    // text; an empty list removes all highlighting.
    void highlight(const QList<QPair<qsizetype, qsizetype>> &ranges, const QColor &background);

    // Metric texts, shared with tests: "—" for an unknown value.
    static QString durationText(std::optional<qint64> ms);
    static QString countText(std::optional<qint64> count);
    static QString costText(std::optional<double> cost);

private:
    void showMetrics(const ChatResult *result);
    void setStatus(const QString &text, bool error);

    QLabel *m_title;
    QLabel *m_endpoint;
    QToolButton *m_copy;
    QTextEdit *m_text;
    QLabel *m_metrics;
    QLabel *m_status;
    QLabel *m_assertions;
    std::optional<ChatResult> m_result;
};

} // namespace Cutover
