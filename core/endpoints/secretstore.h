#pragma once

#include "core/endpoints/endpoint.h"
#include "core/util/result.h"

#include <QHash>
#include <QObject>
#include <QProcessEnvironment>

#include <functional>

namespace Cutover {

// Resolves an endpoint's KeyRef to the key, without ever writing the key to
// the project or to settings:
//   env:NAME       the environment variable NAME (of the environment given
//                  to the constructor)
//   keychain:NAME  a key given for this session (setSessionKey), else the OS
//                  keychain (QtKeychain), service kKeychainService, account NAME.
// Without a keychain (headless machines, CI) the error says so and names the
// fallbacks: an environment variable, or a key entered for this session.
// Plain-text storage is never used.
class SecretStore final : public QObject
{
    Q_OBJECT

public:
    static constexpr QStringView kKeychainService = u"io.github.cutover.Cutover";

    explicit SecretStore(QProcessEnvironment environment, QObject *parent = nullptr);

    using Callback = std::function<void(Result<QString>)>;

    // Calls `done` once, later from the event loop (never synchronously), unless
    // `context` was destroyed meanwhile. KeyRef::Kind::None resolves to "".
    void resolve(const KeyRef &ref, QObject *context, Callback done);

    // A key kept in memory for this session only, under a keychain reference's name.
    void setSessionKey(const QString &name, const QString &key);
    void forgetSessionKey(const QString &name);

    // Stores the key in the OS keychain; `done` gets an error if no keychain
    // is available (then use setSessionKey or an environment variable).
    void storeInKeychain(const QString &name, const QString &key, QObject *context,
                         std::function<void(Result<void>)> done);
    void removeFromKeychain(const QString &name, QObject *context,
                            std::function<void(Result<void>)> done);

    // Every key this store has handed out or been given, for redactSecrets().
    QStringList knownSecrets() const;

private:
    void remember(const QString &key);

    QProcessEnvironment m_environment;
    QHash<QString, QString> m_sessionKeys;
    QStringList m_known;
};

} // namespace Cutover
