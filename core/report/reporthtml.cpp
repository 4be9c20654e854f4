#include "core/report/reporthtml_p.h"

using namespace Qt::StringLiterals;

namespace Cutover::ReportHtml {

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br/>"_s);
}

QString colorName(const QColor &color)
{
    return color.name(QColor::HexRgb);
}

QString muted(const QString &html)
{
    return u"<span style=\"color:%1\">%2</span>"_s.arg(colorName(ReportStyle::textMuted()), html);
}

QString none()
{
    return muted(u"—"_s);
}

QString emptyNote(const QString &text)
{
    return u"<p style=\"color:%1; font-style:italic\">%2</p>"_s.arg(
            colorName(ReportStyle::textMuted()), esc(text));
}

// A section heading; `newPage` starts it on a new page.
QString heading(int number, const QString &title, bool newPage)
{
    return u"<h2 style=\"font-size:15pt; font-weight:600; color:%1; margin-top:14px; "
           "margin-bottom:8px;%2\">%3&#160;&#160;%4</h2>"_s.arg(
                   colorName(ReportStyle::accent()),
                   newPage ? u" page-break-before:always;"_s : QString(), QString::number(number),
                   esc(title));
}

QString subheading(const QString &title)
{
    return u"<h3 style=\"font-size:11pt; font-weight:600; color:%1; margin-top:10px; "
           "margin-bottom:4px\">%2</h3>"_s.arg(colorName(ReportStyle::accent()), esc(title));
}

// A full-width table with a repeated header row; `widths` in percent.
QString tableStart(const QStringList &headers, const QList<int> &widths, bool repeatHeader)
{
    QString html = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                   "style=\"border-collapse:collapse; border-color:%1; border-style:solid; "
                   "margin-top:4px; margin-bottom:10px\">%2<tr>"_s.arg(
                           colorName(ReportStyle::rule()), repeatHeader ? u"<thead>"_s : QString());
    for (qsizetype i = 0; i < headers.size(); ++i) {
        // <th> makes QTextDocument repeat the row on every page: plain
        // cells when it should not.
        html += u"<%5 width=\"%1%\" align=\"left\" bgcolor=\"%2\" style=\"font-size:8.5pt; "
                "font-weight:600; color:%3\">%4</%5>"_s.arg(
                        QString::number(widths.value(i)), colorName(ReportStyle::headerFill()),
                        colorName(ReportStyle::accent()), esc(headers.at(i)),
                        repeatHeader ? u"th"_s : u"td"_s);
    }
    return html + (repeatHeader ? u"</tr></thead><tbody>"_s : u"</tr><tbody>"_s);
}

QString tableEnd()
{
    return u"</tbody></table>"_s;
}

QString cell(const QString &html, const QString &extraAttributes)
{
    return u"<td valign=\"top\"%1>%2</td>"_s.arg(
            extraAttributes.isEmpty() ? QString() : u" "_s + extraAttributes, html);
}

QString marker(int kind, int index)
{
    // Private-use characters: plan text will not contain them.
    return u"\uE000cutover-chart-%1-%2\uE000"_s.arg(kind).arg(index);
}

} // namespace Cutover::ReportHtml
