// Keys: resolution (environment, session, keychain), redaction, and a canary
// key that must never reach the project file, the logs or error messages.
#include "core/endpoints/endpointstore.h"
#include "core/endpoints/redact.h"
#include "core/endpoints/secretstore.h"
#include "tests/providers/projectdb.h"
#include "tests/providers/providertest.h"

#include <QDir>
#include <QDirIterator>
#include <QLoggingCategory>
#include <QMutex>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Cutover;
using namespace Cutover::ProviderTest;

namespace {

QMutex s_logMutex;
QStringList s_log;
QtMessageHandler s_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&s_logMutex);
        s_log << message;
    }
    if (s_previous)
        s_previous(type, context, message);
}

// The canary in every form it might be stored in.
QList<QByteArray> forms(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    return {utf8, QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2),
            utf8.toBase64(),
            utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)};
}

struct Resolved
{
    bool done = false;
    Result<QString> value = QString();
};

Resolved resolveNow(SecretStore &store, const KeyRef &ref, QObject *context, bool *synchronous)
{
    auto state = std::make_shared<Resolved>();
    store.resolve(ref, context, [state](Result<QString> r) {
        state->value = std::move(r);
        state->done = true;
    });
    *synchronous = state->done;
    if (!QTest::qWaitFor([state] { return state->done; }, 20000))
        qWarning("the key was not resolved within 20 s");
    return *state;
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redaction_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret"); // must be gone afterwards
        QTest::addColumn<QString>("kept");   // must still be there
        QTest::addRow("authorization header") << u"Authorization: Bearer abc.DEF-123456789"_s
                                              << u"abc.DEF-123456789"_s << u"Authorization"_s;
        QTest::addRow("basic auth") << u"curl -H 'Authorization: Basic dXNlcjpwYXNzd29yZA=='"_s
                                    << u"dXNlcjpwYXNzd29yZA=="_s << u"curl"_s;
        QTest::addRow("x-api-key")
                << u"x-api-key: ant-secret-42-xyz"_s << u"ant-secret-42-xyz"_s << u"x-api-key"_s;
        QTest::addRow("azure api-key")
                << u"api-key: 0123456789abcdef"_s << u"0123456789abcdef"_s << u"api-key"_s;
        QTest::addRow("query item")
                << u"GET /v1?api-key=qqqqqqqqqq&x=1"_s << u"qqqqqqqqqq"_s << u"x=1"_s;
        QTest::addRow("json field") << u"{\"api_key\": \"zz-top-secret-9\", \"model\": \"m\"}"_s
                                    << u"zz-top-secret-9"_s << u"\"model\": \"m\""_s;
        QTest::addRow("sk key in prose")
                << u"Incorrect API key provided: sk-proj-AbCdEf123456. See docs."_s
                << u"sk-proj-AbCdEf123456"_s << u"See docs."_s;
        QTest::addRow("key query item")
                << u"GET https://h/v1beta/models?key=AIzaSyD-abc123&alt=sse"_s
                << u"AIzaSyD-abc123"_s << u"alt=sse"_s;
        QTest::addRow("bearer anywhere") << u"sent bearer eyJhbGciOiJIUzI1NiJ9.x.y"_s
                                         << u"eyJhbGciOiJIUzI1NiJ9"_s << u"sent"_s;
    }
    void redaction()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        QFETCH(QString, kept);
        const QString out = redactSecrets(text);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY2(out.contains(kept), qPrintable(out));
        QVERIFY(out.contains(kRedacted));
    }

    void redactionKnownSecrets()
    {
        const QString key = u"plainkey-without-prefix-77"_s;
        const QString b64 = QString::fromLatin1(key.toUtf8().toBase64());
        const QString out = redactSecrets(u"echo %1 and %2"_s.arg(key, b64), {key});
        QVERIFY(!out.contains(key));
        QVERIFY(!out.contains(b64));
        QCOMPARE(redactSecrets(u"The model answered 42 in 1.5 s."_s),
                 u"The model answered 42 in 1.5 s."_s);
    }

    void environmentKeys()
    {
        QProcessEnvironment env;
        env.insert(u"MY_KEY"_s, u"sk-env-value-123"_s);
        SecretStore store(env);
        bool sync = true;
        Resolved r = resolveNow(store, KeyRef{KeyRef::Kind::Env, u"MY_KEY"_s}, this, &sync);
        QVERIFY(!sync); // always delivered from the event loop
        QVERIFY(r.done);
        QCOMPARE(r.value.value(), u"sk-env-value-123"_s);
        QVERIFY(store.knownSecrets().contains(u"sk-env-value-123"_s));

        r = resolveNow(store, KeyRef{KeyRef::Kind::Env, u"MISSING_KEY"_s}, this, &sync);
        QVERIFY(!r.value.ok());
        QVERIFY(r.value.error().message.contains(u"MISSING_KEY"_s));

        r = resolveNow(store, KeyRef{}, this, &sync);
        QCOMPARE(r.value.value(), QString());
    }

    void sessionKeyAndKeychainFallback()
    {
        SecretStore store{QProcessEnvironment()};
        const QString name
                = u"cutover-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        bool sync = true;
        // Not in the session and (headless or not) not in the keychain: a clear error.
        Resolved r = resolveNow(store, KeyRef{KeyRef::Kind::Keychain, name}, this, &sync);
        QVERIFY(r.done);
        QVERIFY(!r.value.ok());
        QVERIFY2(r.value.error().message.contains(name), qPrintable(r.value.error().message));
        QVERIFY2(r.value.error().message.contains(u"environment variable"_s),
                 qPrintable(r.value.error().message));

        // The session fallback: given once, kept in memory.
        store.setSessionKey(name, u"sk-session-456789"_s);
        r = resolveNow(store, KeyRef{KeyRef::Kind::Keychain, name}, this, &sync);
        QCOMPARE(r.value.value(), u"sk-session-456789"_s);
        store.forgetSessionKey(name);
        r = resolveNow(store, KeyRef{KeyRef::Kind::Keychain, name}, this, &sync);
        QVERIFY(!r.value.ok());
    }

    void canaryNeverLeaks()
    {
        const QString canary
                = u"sk-test-CANARY-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QLoggingCategory::setFilterRules(u"cutover.*.debug=true"_s);
        s_log.clear();
        s_previous = qInstallMessageHandler(capture);

        QTemporaryDir dir;
        const auto project = createProject(dir.filePath(u"canary.cutover"_s));
        QVERIFY(project);
        QSqlDatabase db = project->database();

        // The key lives in the environment and in the session; only references are stored.
        QProcessEnvironment env;
        env.insert(u"CANARY_KEY"_s, canary);
        SecretStore secrets(env);
        secrets.setSessionKey(u"canary-session"_s, canary);

        FakeLlm::FakeLlmServer server;
        QVERIFY(server.listen());
        server.setRequiredKey(u"sk-the-right-one"_s); // the canary gets a 401 that quotes it
        QNetworkAccessManager nam;
        ProviderClient client(&nam);
        client.setRetryConfig(fastRetries());

        QStringList messages;
        for (const EndpointProtocol protocol :
             {EndpointProtocol::OpenAi, EndpointProtocol::Anthropic}) {
            Endpoint e = endpointFor(server, protocol);
            e.name = protocol == EndpointProtocol::OpenAi ? u"env-ref"_s : u"session-ref"_s;
            e.keyRef = protocol == EndpointProtocol::OpenAi
                               ? KeyRef{KeyRef::Kind::Env, u"CANARY_KEY"_s}
                               : KeyRef{KeyRef::Kind::Keychain, u"canary-session"_s};
            QVERIFY(EndpointStore::save(db, e).ok());
            bool sync = false;
            const Resolved key = resolveNow(secrets, e.keyRef, this, &sync);
            QCOMPARE(key.value.value(), canary);
            for (bool stream : {true, false}) {
                ChatCall *call = client.chat(e, key.value.value(), ask(u"hello"_s, stream));
                QVERIFY(waitFinished(call));
                QCOMPARE(call->result().status, CallStatus::Error);
                QCOMPARE(call->result().httpStatus, 401);
                QCOMPARE(call->result().attempts, 1);
                messages << call->result().errorMessage;
                QVERIFY2(call->result().errorMessage.contains(u"Incorrect API key provided"_s),
                         qPrintable(call->result().errorMessage));
            }
        }
        // The server really saw the canary, so the test could catch a leak.
        QCOMPARE(server.requests().first().header("authorization"), "Bearer " + canary.toUtf8());
        // Endpoints edited and removed leave free pages; Save As makes a second file.
        QVERIFY(EndpointStore::remove(db, u"session-ref"_s).ok());
        QVERIFY(project->saveAs(dir.filePath(u"copy.cutover"_s)).ok());
        QVERIFY(project->close().ok());
        qInstallMessageHandler(s_previous);
        QLoggingCategory::setFilterRules(QString());

        QVERIFY(!s_log.isEmpty()); // the client did log its attempts
        const QList<QByteArray> needles = forms(canary);
        QByteArray everything = s_log.join(u'\n').toUtf8() + messages.join(u'\n').toUtf8();
        QDirIterator files(dir.path(), QDir::Files | QDir::Hidden);
        int scanned = 0;
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            everything += f.readAll(); // the project and any -wal/-journal beside it
            ++scanned;
        }
        QVERIFY(scanned >= 2);
        for (const QByteArray &needle : needles)
            QVERIFY2(!everything.contains(needle), needle.constData());
        QVERIFY(everything.contains("env:CANARY_KEY")); // the reference is stored
    }
    void clientResolvesKeyReferences()
    {
        FakeLlm::FakeLlmServer server;
        QVERIFY(server.listen());
        QNetworkAccessManager nam;
        ProviderClient client(&nam);
        QProcessEnvironment env;
        env.insert(u"FAKE_KEY"_s, u"sk-from-env-123456"_s);
        SecretStore secrets(env);

        Endpoint e = endpointFor(server, EndpointProtocol::OpenAi);
        e.keyRef = KeyRef{KeyRef::Kind::Env, u"FAKE_KEY"_s};
        ChatCall *ok = client.chat(e, &secrets, ask(u"hi"_s));
        QVERIFY(waitFinished(ok));
        QCOMPARE(ok->result().status, CallStatus::Ok);
        QCOMPARE(server.requests().last().header("authorization"),
                 QByteArray("Bearer sk-from-env-123456"));

        e.keyRef = KeyRef{KeyRef::Kind::Env, u"UNSET_KEY"_s};
        ChatCall *missing = client.chat(e, &secrets, ask(u"hi"_s));
        QVERIFY(waitFinished(missing));
        QCOMPARE(missing->result().status, CallStatus::Error);
        QCOMPARE(missing->result().attempts, 0);
        QVERIFY(missing->result().errorMessage.contains(u"UNSET_KEY"_s));
        QCOMPARE(server.requestCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
