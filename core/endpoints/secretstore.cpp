#include "core/endpoints/secretstore.h"

#include "core/util/tr.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Cutover {
namespace {

QString keychainProblem(QKeychain::Error error, const QString &name, const QString &detail)
{
    switch (error) {
    case QKeychain::EntryNotFound:
        return CoreTr::tr("The keychain holds no key named \"%1\". Enter the key again, or use an "
                          "environment variable.")
                .arg(name);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return CoreTr::tr("No OS keychain is available on this machine, so key \"%1\" cannot be "
                          "read from it. Use an environment variable, or enter the key for this "
                          "session only.")
                .arg(name);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return CoreTr::tr("The keychain refused access to key \"%1\".").arg(name);
    default:
        return CoreTr::tr("The keychain could not provide key \"%1\" (%2). Use an environment "
                          "variable, or enter the key for this session only.")
                .arg(name, detail);
    }
}

} // namespace

SecretStore::SecretStore(QProcessEnvironment environment, QObject *parent)
    : QObject(parent)
    , m_environment(std::move(environment))
{}

void SecretStore::remember(const QString &key)
{
    if (!key.isEmpty() && !m_known.contains(key))
        m_known << key;
}

QStringList SecretStore::knownSecrets() const
{
    return m_known;
}

void SecretStore::setSessionKey(const QString &name, const QString &key)
{
    m_sessionKeys.insert(name, key);
    remember(key);
}

void SecretStore::forgetSessionKey(const QString &name)
{
    m_sessionKeys.remove(name);
}

void SecretStore::resolve(const KeyRef &ref, QObject *context, Callback done)
{
    const auto later = [context, done](Result<QString> r) {
        QTimer::singleShot(0, context, [done, r = std::move(r)] { done(r); });
    };
    switch (ref.kind) {
    case KeyRef::Kind::None:
        later(QString());
        return;
    case KeyRef::Kind::Env: {
        const QString key = m_environment.value(ref.name);
        if (key.isEmpty()) {
            later(makeError(ErrorKind::BadInput,
                            CoreTr::tr("The environment variable %1 that should hold the API key "
                                       "is not set.")
                                    .arg(ref.name)));
            return;
        }
        remember(key);
        later(key);
        return;
    }
    case KeyRef::Kind::Keychain:
        break;
    }
    if (const auto it = m_sessionKeys.constFind(ref.name); it != m_sessionKeys.constEnd()) {
        later(*it);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(kKeychainService.toString(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(ref.name);
    QPointer<QObject> guard(context);
    const QString name = ref.name;
    connect(job, &QKeychain::Job::finished, this, [this, guard, done, name](QKeychain::Job *j) {
        if (!guard)
            return;
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (read->error() != QKeychain::NoError) {
            done(makeError(ErrorKind::BadInput,
                           keychainProblem(read->error(), name, read->errorString())));
            return;
        }
        remember(read->textData());
        done(read->textData());
    });
    job->start();
}

void SecretStore::storeInKeychain(const QString &name, const QString &key, QObject *context,
                                  std::function<void(Result<void>)> done)
{
    remember(key);
    auto *job = new QKeychain::WritePasswordJob(kKeychainService.toString(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    job->setTextData(key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [guard, done, name](QKeychain::Job *j) {
        if (!guard)
            return;
        if (j->error() != QKeychain::NoError)
            done(makeError(ErrorKind::Io, keychainProblem(j->error(), name, j->errorString())));
        else
            done({});
    });
    job->start();
}

void SecretStore::removeFromKeychain(const QString &name, QObject *context,
                                     std::function<void(Result<void>)> done)
{
    m_sessionKeys.remove(name);
    auto *job = new QKeychain::DeletePasswordJob(kKeychainService.toString(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [guard, done, name](QKeychain::Job *j) {
        if (!guard)
            return;
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            done(makeError(ErrorKind::Io, keychainProblem(j->error(), name, j->errorString())));
        else
            done({});
    });
    job->start();
}

} // namespace Cutover
