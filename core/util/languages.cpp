#include "core/util/languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace Cutover::Languages {
namespace {

std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

} // namespace

QList<Language> available()
{
    return {{u"en"_s, u"English"_s}, {u"zh_CN"_s, u"\u7b80\u4f53\u4e2d\u6587"_s}};
}

QString resolve(const QString &setting)
{
    for (const Language &l : available()) {
        if (l.code == setting)
            return setting;
    }
    const QLocale system;
    if (system.language() == QLocale::Chinese)
        return u"zh_CN"_s;
    return u"en"_s;
}

bool install(const QString &code)
{
    auto &translators = installed();
    for (const auto &t : translators)
        QCoreApplication::removeTranslator(t.get());
    translators.clear();

    // English is the source language, but its catalogue holds the plural
    // forms ("1 case", "2 cases" for "%n case(s)").
    auto own = std::make_unique<QTranslator>();
    const bool ok = own->load(u"cutover_"_s + code, u":/i18n"_s);
    if (ok) {
        QCoreApplication::installTranslator(own.get());
        translators.push_back(std::move(own));
    }
    if (code == u"en")
        return true;
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const QString &name : {u"qt_"_s, u"qtbase_"_s}) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(name + code, qtDir)) {
            QCoreApplication::installTranslator(qt.get());
            translators.push_back(std::move(qt));
            break;
        }
    }
    return ok;
}

} // namespace Cutover::Languages
