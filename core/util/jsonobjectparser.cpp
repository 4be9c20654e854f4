#include "core/util/jsonobjectparser.h"

#include "core/util/tr.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace Cutover {

Result<QJsonObject> parseJsonObject(const QByteArray &bytes, const QString &notAnObject)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < parseError.offset && i < bytes.size(); ++i) {
            if (bytes.at(i) == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        return makeError(ErrorKind::BadInput, CoreTr::tr("Invalid JSON at line %1, column %2: %3")
                                                      .arg(line)
                                                      .arg(column)
                                                      .arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return makeError(ErrorKind::BadInput, notAnObject);
    return doc.object();
}

} // namespace Cutover
