// Endpoint values, presets, URL convention, validation and the project store.
#include "core/endpoints/endpointstore.h"
#include "tests/providers/projectdb.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Cutover;

namespace {

Endpoint fullEndpoint()
{
    Endpoint e;
    e.name = u"基线 GPT"_s;
    e.role = EndpointRole::Baseline;
    e.protocol = EndpointProtocol::OpenAi;
    e.baseUrl = u"https://api.openai.com/v1"_s;
    e.model = u"gpt-4o-mini"_s;
    e.params.temperature = 0.3;
    e.params.topP = 0.9;
    e.params.maxTokens = 512;
    e.params.stop = {u"END"_s, u"\n\n"_s};
    e.params.seed = 1234567890123LL;
    e.extraBody = QJsonObject{{u"enable_thinking"_s, true}};
    e.prices = EndpointPrices{0.15, 0.075, 0.6};
    e.limits = EndpointLimits{8, 500, 3000, 120000, 30000};
    e.keyRef = KeyRef{KeyRef::Kind::Env, u"OPENAI_API_KEY"_s};
    return e;
}

} // namespace

class TestEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyRefs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("kind");
        QTest::addRow("empty") << QString() << true << int(KeyRef::Kind::None);
        QTest::addRow("env") << u"env:OPENAI_API_KEY"_s << true << int(KeyRef::Kind::Env);
        QTest::addRow("keychain") << u"keychain:prod/openai"_s << true
                                  << int(KeyRef::Kind::Keychain);
        QTest::addRow("a key is not a reference") << u"sk-test-abcdef123456"_s << false << 0;
        QTest::addRow("env with spaces") << u"env:A B"_s << false << 0;
        QTest::addRow("env empty") << u"env:"_s << false << 0;
    }
    void keyRefs()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, kind);
        const std::optional<KeyRef> ref = KeyRef::fromString(text);
        QCOMPARE(ref.has_value(), valid);
        if (valid) {
            QCOMPARE(int(ref->kind), kind);
            QCOMPARE(ref->toString(), text);
        }
    }

    void presets_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("url");
        QTest::addRow("openai") << u"openai"_s << u"https://api.openai.com/v1/chat/completions"_s;
        QTest::addRow("anthropic") << u"anthropic"_s << u"https://api.anthropic.com/v1/messages"_s;
        QTest::addRow("qwen-cn")
                << u"qwen-cn"_s
                << u"https://dashscope.aliyuncs.com/compatible-mode/v1/chat/completions"_s;
        QTest::addRow("qwen-intl")
                << u"qwen-intl"_s
                << u"https://dashscope-intl.aliyuncs.com/compatible-mode/v1/chat/completions"_s;
        QTest::addRow("deepseek") << u"deepseek"_s
                                  << u"https://api.deepseek.com/v1/chat/completions"_s;
        QTest::addRow("ollama") << u"ollama"_s << u"http://localhost:11434/v1/chat/completions"_s;
        QTest::addRow("vllm") << u"vllm"_s << u"http://localhost:8000/v1/chat/completions"_s;
        QTest::addRow("llamacpp") << u"llamacpp"_s
                                  << u"http://localhost:8080/v1/chat/completions"_s;
        QTest::addRow("lmstudio") << u"lmstudio"_s
                                  << u"http://localhost:1234/v1/chat/completions"_s;
    }
    void presets()
    {
        QFETCH(QString, id);
        QFETCH(QString, url);
        const std::optional<EndpointPreset> p = endpointPreset(id);
        QVERIFY(p.has_value());
        QCOMPARE(chatUrl(p->endpoint).toString(), url);
        QVERIFY(!p->displayName.isEmpty());
        Endpoint e = p->endpoint;
        if (e.model.isEmpty())
            e.model = u"some-model"_s;
        QCOMPARE(validateEndpoint(e), QStringList());
    }

    void allPresetsListed()
    {
        QStringList ids;
        for (const EndpointPreset &p : endpointPresets())
            ids << p.id;
        QCOMPARE(ids, (QStringList{u"openai"_s, u"anthropic"_s, u"qwen-cn"_s, u"qwen-intl"_s,
                                   u"deepseek"_s, u"ollama"_s, u"vllm"_s, u"llamacpp"_s,
                                   u"lmstudio"_s, u"custom"_s}));
        QVERIFY(!validateEndpoint(endpointPreset(u"custom"_s)->endpoint).isEmpty());
    }

    void trailingSlash()
    {
        Endpoint e;
        e.baseUrl = u"http://127.0.0.1:9/v1//"_s;
        QCOMPARE(chatUrl(e).toString(), u"http://127.0.0.1:9/v1/chat/completions"_s);
        e.protocol = EndpointProtocol::Anthropic;
        e.baseUrl = u"http://127.0.0.1:9/"_s;
        QCOMPARE(chatUrl(e).toString(), u"http://127.0.0.1:9/v1/messages"_s);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("needle");
        QTest::addRow("no name") << u"name"_s << u"no name"_s;
        QTest::addRow("bad url") << u"url"_s << u"not an http(s) URL"_s;
        QTest::addRow("no model") << u"model"_s << u"has no model"_s;
        QTest::addRow("anthropic v1") << u"anthropic"_s << u"must not end with /v1"_s;
        QTest::addRow("negative price") << u"price"_s << u"negative price"_s;
        QTest::addRow("zero timeout") << u"timeout"_s << u"timeout"_s;
    }
    void validation()
    {
        QFETCH(QString, field);
        QFETCH(QString, needle);
        Endpoint e = fullEndpoint();
        QCOMPARE(validateEndpoint(e), QStringList());
        if (field == u"name")
            e.name.clear();
        else if (field == u"url")
            e.baseUrl = u"ftp://x"_s;
        else if (field == u"model")
            e.model.clear();
        else if (field == u"anthropic") {
            e.protocol = EndpointProtocol::Anthropic;
            e.baseUrl = u"https://api.anthropic.com/v1"_s;
        } else if (field == u"price")
            e.prices.output = -1;
        else if (field == u"timeout")
            e.limits.idleTimeoutMs = 0;
        const QStringList problems = validateEndpoint(e);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(needle), qPrintable(problems.first()));
    }

    void storeRoundTrip()
    {
        QTemporaryDir dir;
        const auto project = ProviderTest::createProject(dir.filePath(u"p.cutover"_s));
        QVERIFY(project);
        QSqlDatabase db = project->database();
        Endpoint a = fullEndpoint();
        const Result<qint64> idA = EndpointStore::save(db, a);
        QVERIFY2(idA.ok(), qPrintable(idA.ok() ? QString() : idA.error().message));
        a.id = idA.value();

        Endpoint b; // unset optionals stay unset
        b.name = u"candidate"_s;
        b.role = EndpointRole::Candidate;
        b.protocol = EndpointProtocol::Anthropic;
        b.baseUrl = u"https://api.anthropic.com"_s;
        b.model = u"claude"_s;
        b.keyRef = KeyRef{KeyRef::Kind::Keychain, u"anthropic-prod"_s};
        b.id = EndpointStore::save(db, b).value();

        Result<QList<Endpoint>> loaded = EndpointStore::load(db);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->size(), 2);
        QCOMPARE(loaded->at(0), a);
        QCOMPARE(loaded->at(1), b);
        QVERIFY(!loaded->at(1).prices.input.has_value());
        QVERIFY(!loaded->at(1).params.temperature.has_value());

        // Update in place, keep the order.
        a.model = u"gpt-4.1"_s;
        a.params.temperature.reset();
        QCOMPARE(EndpointStore::save(db, a).value(), a.id);
        loaded = EndpointStore::load(db);
        QCOMPARE(loaded->at(0), a);

        // Names are unique.
        Endpoint dup = b;
        dup.id = 0;
        const Result<qint64> refused = EndpointStore::save(db, dup);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(u"already exists"_s));

        // Invalid endpoints are refused with the validator's words.
        Endpoint bad = b;
        bad.id = 0;
        bad.name = u"bad"_s;
        bad.model.clear();
        QCOMPARE(EndpointStore::save(db, bad).error().kind, ErrorKind::BadInput);

        QVERIFY(EndpointStore::remove(db, b.name).ok());
        QVERIFY(!EndpointStore::remove(db, b.name).ok());
        QCOMPARE(EndpointStore::load(db)->size(), 1);

        // Reopened from disk, the endpoint is still there.
        QVERIFY(project->close().ok());
        const Result<std::unique_ptr<ProjectFile>> reopened
                = ProjectFile::open(dir.filePath(u"p.cutover"_s));
        QVERIFY(reopened.ok());
        QCOMPARE(EndpointStore::load(reopened.value()->database())->value(0), a);
    }

    void keyColumnRefusesKeys()
    {
        QTemporaryDir dir;
        const auto project = ProviderTest::createProject(dir.filePath(u"p.cutover"_s));
        QVERIFY(project);
        QSqlDatabase db = project->database();
        QSqlQuery q(db);
        QVERIFY(!q.exec(
                u"INSERT INTO endpoints (position, name, role, protocol, base_url, key_ref) "
                "VALUES (1, 'x', 'other', 'openai', 'http://h/v1', 'sk-live-123')"_s));
        QVERIFY(q.exec(u"INSERT INTO endpoints (position, name, role, protocol, base_url, key_ref) "
                       "VALUES (1, 'x', 'other', 'openai', 'http://h/v1', 'bogus:1')"_s)
                == false);
        // A hand-edited row with an unknown role is reported, not guessed.
        QVERIFY(q.exec(u"INSERT INTO endpoints (position, name, role, protocol, base_url, key_ref) "
                       "VALUES (1, 'y', 'other', 'openai', 'http://h/v1', 'env:A B')"_s));
        const Result<QList<Endpoint>> loaded = EndpointStore::load(db);
        QVERIFY(!loaded.ok());
        QVERIFY(loaded.error().message.contains(u"key reference"_s));
    }
    void rolesAreUnique()
    {
        QTemporaryDir dir;
        const auto project = ProviderTest::createProject(dir.filePath(u"roles.cutover"_s));
        QVERIFY(project);
        QSqlDatabase db = project->database();
        for (const QString &name : {u"a"_s, u"b"_s, u"c"_s}) {
            Endpoint e = fullEndpoint();
            e.name = name;
            e.role = EndpointRole::Other;
            QVERIFY(EndpointStore::save(db, e).ok());
        }
        QVERIFY(EndpointStore::setRole(db, u"a"_s, EndpointRole::Baseline).ok());
        QVERIFY(EndpointStore::setRole(db, u"b"_s, EndpointRole::Candidate).ok());
        QVERIFY(EndpointStore::setRole(db, u"c"_s, EndpointRole::Baseline).ok());
        const QList<Endpoint> all = EndpointStore::load(db).value();
        QCOMPARE(all.at(0).role, EndpointRole::Other);
        QCOMPARE(all.at(1).role, EndpointRole::Candidate);
        QCOMPARE(all.at(2).role, EndpointRole::Baseline);
        QVERIFY(!EndpointStore::setRole(db, u"zzz"_s, EndpointRole::Baseline).ok());
        QCOMPARE(EndpointStore::load(db)->at(2).role, EndpointRole::Baseline); // rolled back
    }
};

QTEST_GUILESS_MAIN(TestEndpoints)
#include "tst_endpoints.moc"
