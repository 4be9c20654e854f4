// Replays the committed fuzz corpus through the fuzz harness (no clang
// needed), plus deterministic byte mutations of every corpus file.

#include "convertfuzz.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Cutover::Convert;
using namespace Qt::StringLiterals;

class TestConvertFuzzCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data();
    void replay();
};

void TestConvertFuzzCorpus::replay_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(CONVERT_FUZZ_CORPUS));
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 10);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestConvertFuzzCorpus::replay()
{
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    fuzzConvertOne(reinterpret_cast<const std::uint8_t *>(data.constData()),
                   std::size_t(data.size()));
    QRandomGenerator rng(qHash(path.section(u'/', -1)));
    static const char kInteresting[] = "{}[]\",:\\u0 \n\xff\xc3";
    // CUTOVER_FUZZ_MUTATIONS raises the count for a longer local run
    const int mutations = qEnvironmentVariableIsSet("CUTOVER_FUZZ_MUTATIONS")
                                  ? qEnvironmentVariableIntValue("CUTOVER_FUZZ_MUTATIONS")
                                  : 300;
    for (int i = 0; i < mutations; ++i) {
        QByteArray m = data;
        const int edits = 1 + int(rng.bounded(4));
        for (int e = 0; e < edits && !m.isEmpty(); ++e) {
            const int at = int(rng.bounded(m.size()));
            switch (rng.bounded(3)) {
            case 0:
                m[at] = kInteresting[rng.bounded(int(sizeof(kInteresting) - 1))];
                break;
            case 1:
                m.remove(at, 1 + int(rng.bounded(8)));
                break;
            default:
                m.insert(at, m.mid(int(rng.bounded(m.size())), 1 + int(rng.bounded(16))));
                break;
            }
        }
        fuzzConvertOne(reinterpret_cast<const std::uint8_t *>(m.constData()),
                       std::size_t(m.size()));
    }
}

QTEST_GUILESS_MAIN(TestConvertFuzzCorpus)
#include "tst_convertfuzzcorpus.moc"
