#include "ui/compare/compareside.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Cutover {

namespace {
const QString kUnknown = u"\u2014"_s; // em dash
} // namespace

CompareSide::CompareSide(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_endpoint(new QLabel(this))
    , m_copy(new QToolButton(this))
    , m_text(new QTextEdit(this))
    , m_metrics(new QLabel(this))
    , m_status(new QLabel(this))
    , m_assertions(new QLabel(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_endpoint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_endpoint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy this answer to the clipboard"));
    m_copy->setEnabled(false);
    connect(m_copy, &QToolButton::clicked, this,
            [this] { QApplication::clipboard()->setText(text()); });

    m_text->setReadOnly(true);
    m_text->setAcceptRichText(false);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setAccessibleName(title);

    m_metrics->setWordWrap(true);
    m_metrics->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_assertions->setWordWrap(true);
    m_assertions->setTextFormat(Qt::RichText);
    m_assertions->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_endpoint, 1);
    header->addWidget(m_copy);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_metrics);
    layout->addWidget(m_status);
    layout->addWidget(m_assertions);
    clear();
}

QString CompareSide::text() const
{
    return m_text->document()->toPlainText();
}

void CompareSide::clear()
{
    m_result.reset();
    m_text->clear();
    m_endpoint->clear();
    m_copy->setEnabled(false);
    showMetrics(nullptr);
    setStatus(QString(), false);
    showAssertions({}, std::nullopt, std::nullopt);
}

void CompareSide::start(const QString &endpointLabel)
{
    clear();
    m_endpoint->setText(endpointLabel);
    m_endpoint->setToolTip(endpointLabel);
    setStatus(tr("Waiting for the first token…"), false);
}

void CompareSide::retrying(int attempt)
{
    m_text->clear();
    setStatus(tr("Retrying (attempt %1)…").arg(attempt), false);
}

void CompareSide::appendText(const QString &text)
{
    if (text.isEmpty())
        return;
    if (m_text->document()->isEmpty())
        setStatus(tr("Streaming…"), false);
    QTextCursor cursor(m_text->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text, QTextCharFormat());
    m_copy->setEnabled(true);
}

void CompareSide::finish(const ChatResult &result)
{
    m_result = result;
    // The result is authoritative (a non-streamed reply, tool calls).
    QString full = result.text;
    for (const ToolCall &call : result.toolCalls) {
        if (!full.isEmpty())
            full += u'\n';
        full += tr("Tool call: %1(%2)").arg(call.name, call.arguments);
    }
    if (full != text() && (result.status == CallStatus::Ok || !full.isEmpty()))
        m_text->setPlainText(full);
    m_copy->setEnabled(!text().isEmpty());
    showMetrics(&result);
    switch (result.status) {
    case CallStatus::Ok:
        setStatus(tr("OK"), false);
        break;
    case CallStatus::Error:
        setStatus(result.errorMessage.isEmpty() ? tr("Error")
                                                : tr("Error: %1").arg(result.errorMessage),
                  true);
        break;
    case CallStatus::Incomplete:
        setStatus(result.errorMessage.isEmpty() ? tr("Incomplete: the answer was cut off.")
                                                : tr("Incomplete: %1").arg(result.errorMessage),
                  true);
        break;
    case CallStatus::Cancelled:
        setStatus(tr("Cancelled"), false);
        break;
    }
}

void CompareSide::failBeforeSending(const QString &message)
{
    ChatResult r;
    r.status = CallStatus::Error;
    r.errorMessage = message;
    m_result = r;
    showMetrics(&r);
    setStatus(tr("Not sent: %1").arg(message), true);
}

void CompareSide::highlight(const QList<QPair<qsizetype, qsizetype>> &ranges,
                            const QColor &background)
{
    QTextDocument *doc = m_text->document();
    QTextCursor all(doc);
    all.select(QTextCursor::Document);
    QTextCharFormat plain;
    plain.clearBackground();
    all.setCharFormat(plain);
    QTextCharFormat marked;
    marked.setBackground(background);
    for (const auto &[start, length] : ranges) {
        QTextCursor c(doc);
        c.setPosition(int(start));
        c.setPosition(int(start + length), QTextCursor::KeepAnchor);
        c.mergeCharFormat(marked);
    }
}

void CompareSide::showAssertions(const QJsonArray &outcomes, std::optional<bool> passed,
                                 std::optional<double> score)
{
    if (outcomes.isEmpty()) {
        m_assertions->clear();
        m_assertions->hide();
        return;
    }
    const QString failedStyle = u"<span style=\"color:#b01c1c\">%1</span>"_s;
    const QString verdict = !passed   ? tr("Assertions: not judged")
                            : *passed ? tr("Assertions: passed")
                                      : tr("Assertions: failed");
    QString head = score ? tr("%1 (score %2)").arg(verdict, QLocale().toString(*score, 'f', 2))
                         : verdict;
    head = u"<b>%1</b>"_s.arg(head.toHtmlEscaped());
    QStringList lines{passed && !*passed ? failedStyle.arg(head) : head};
    for (const QJsonValue &v : outcomes) {
        const QJsonObject o = v.toObject();
        const QString status = o.value(u"status"_s).toString();
        const QString mark = status == u"passed"_s   ? u"\u2713"_s  // check mark
                             : status == u"failed"_s ? u"\u2717"_s  // ballot x
                                                     : u"\u2013"_s; // en dash: skipped
        const QString line = tr("%1 %2").arg(mark, o.value(u"reason"_s).toString()).toHtmlEscaped();
        lines.append(status == u"failed"_s ? failedStyle.arg(line) : line);
    }
    m_assertions->setText(lines.join(u"<br>"_s));
    m_assertions->show();
}

QString CompareSide::durationText(std::optional<qint64> ms)
{
    if (!ms)
        return kUnknown;
    if (*ms < 1000)
        return tr("%1 ms").arg(*ms);
    return tr("%1 s").arg(QLocale().toString(double(*ms) / 1000.0, 'f', 2));
}

QString CompareSide::countText(std::optional<qint64> count)
{
    return count ? QLocale().toString(*count) : kUnknown;
}

QString CompareSide::costText(std::optional<double> cost)
{
    if (!cost)
        return kUnknown;
    return QLocale().toString(*cost, 'f', *cost != 0.0 && *cost < 0.01 ? 6 : 4);
}

void CompareSide::showMetrics(const ChatResult *result)
{
    if (!result) {
        m_metrics->setText(
                tr("First token %1 · Latency %2 · Tokens in %3 / out %4 · Cost %5 · Finish %6")
                        .arg(kUnknown, kUnknown, kUnknown, kUnknown, kUnknown, kUnknown));
        return;
    }
    const bool sent = result->attempts > 0;
    m_metrics->setText(
            tr("First token %1 · Latency %2 · Tokens in %3 / out %4 · Cost %5 · Finish %6")
                    .arg(durationText(result->ttftMs),
                         durationText(sent ? std::optional<qint64>(result->latencyMs)
                                           : std::nullopt),
                         countText(result->usage.input), countText(result->usage.output),
                         costText(result->cost),
                         result->finishReason.isEmpty() ? kUnknown : result->finishReason));
}

void CompareSide::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_status->setPalette(p);
}

} // namespace Cutover
