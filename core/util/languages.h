#pragma once

#include <QList>
#include <QString>

class QCoreApplication;

namespace Cutover::Languages {

struct Language
{
    QString code;       // "en", "zh_CN"
    QString nativeName; // shown untranslated: "English", "简体中文"
};

// The languages Cutover ships, in menu order.
QList<Language> available();

// The language to use for a setting: "" follows the system locale (Chinese
// locales get zh_CN, everything else English).
QString resolve(const QString &setting);

// Installs Cutover's and Qt's own translations for `code` into the
// application, replacing any installed earlier. Returns false when Cutover's
// translation for `code` is missing (English needs none).
bool install(const QString &code);

} // namespace Cutover::Languages
