// The conversion wizard end to end with real widgets and real events: pick a
// file, see the detection and the preview, choose the target, dry run, run,
// and compare the summary with the engine's; cancel and close mid-run on a
// large generated file and find no output left behind.

#include "core/convert/conversionhistory.h"
#include "core/convert/conversionjob.h"
#include "core/project/project.h"
#include "core/project/projectfile.h"
#include "tests/convertui/wizardinputs.h"
#include "ui/convert/conversionrunner.h"
#include "ui/convert/conversionsetup.h"
#include "ui/convert/convertwizard.h"
#include "ui/convert/lossview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace Cutover;
using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

template<typename T>
T *child(QWidget *root, const QString &name)
{
    T *w = root->findChild<T *>(name);
    if (!w)
        qWarning("no widget named %s", qPrintable(name));
    return w;
}

void clickNext(QWizard &w)
{
    QAbstractButton *next = w.button(w.currentPage()->isCommitPage() ? QWizard::CommitButton
                                                                     : QWizard::NextButton);
    QTest::mouseClick(next, Qt::LeftButton);
}

// Moves a combo box with the arrow keys until its text contains `text`.
bool chooseByKeys(QComboBox *combo, const QString &text)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->currentText().contains(text))
            return true;
        QTest::keyClick(combo, Qt::Key_Down);
    }
    return combo->currentText().contains(text);
}

void replaceText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void grab(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CUTOVER_GRAB_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name + u".png"_s));
}

// Drops files from "outside" (no source widget) onto a widget, as a file manager does.
bool dropFiles(QWidget *target, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &p : paths)
        urls << QUrl::fromLocalFile(p);
    mime.setUrls(urls);
    const QPointF at(target->width() / 2.0, target->height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class TestConvertWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void walkThrough();
    void sourcePageRejectsMissingFile();
    void runIsRecordedInTheProject();
    void outputPageRefusesBadPaths();
    void cancelMidRunLeavesNothing();
    void closingMidRunLeavesNothing();
    void twoFilesIntoOneOutput();
    void mixedFormatsNeedAChoice();

private:
    // Walks from the source page to the output page with default options.
    void walkToOutput(ConvertWizard &w, const QString &input, const QString &output);
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestConvertWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestConvertWizard::walkThrough()
{
    const QByteArray input = smallInput();
    const QString in = path(u"chats.jsonl"_s);
    QVERIFY(writeFile(in, input));

    ConvertWizard w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));

    // 1. source
    QCOMPARE(w.currentId(), int(ConvertWizard::SourcePageId));
    QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
    QTest::keyClicks(child<QLineEdit>(&w, u"inputPath"_s), in);
    QVERIFY(w.button(QWizard::NextButton)->isEnabled());
    grab(&w, u"1-source"_s);
    clickNext(w);

    // 2. detection and preview
    QCOMPARE(w.currentId(), int(ConvertWizard::DetectPageId));
    auto *detection = child<QLabel>(&w, u"detection"_s);
    QVERIFY2(detection->text().contains(u"OpenAI chat"), qPrintable(detection->text()));
    QVERIFY(detection->text().contains(u"%"));
    QVERIFY(child<QListWidget>(&w, u"evidence"_s)->count() > 0);
    auto *preview = child<QTreeWidget>(&w, u"preview"_s);
    QVERIFY(preview->isVisible());
    QCOMPARE(preview->topLevelItemCount(), 4);
    QCOMPARE(preview->topLevelItem(0)->childCount(), 3);
    QCOMPARE(preview->topLevelItem(0)->child(1)->text(0), u"user"_s);
    QCOMPARE(preview->topLevelItem(0)->child(1)->text(1), u"Hi there"_s);
    QVERIFY(preview->topLevelItem(2)->text(1).contains(u"rejected"));
    QVERIFY(preview->topLevelItem(3)->child(1)->text(1).contains(u"get_weather"));
    grab(&w, u"2-detect"_s);

    // the user can override: read it as ShareGPT, and every record would be rejected
    auto *source = child<QComboBox>(&w, u"sourceFormat"_s);
    auto *overrideNote = child<QLabel>(&w, u"overrideNote"_s);
    QVERIFY(!overrideNote->isVisible());
    QVERIFY(chooseByKeys(source, u"ShareGPT"_s));
    QVERIFY(overrideNote->isVisible());
    QVERIFY(preview->topLevelItem(0)->text(1).contains(u"rejected"));
    QCOMPARE(w.setup()->from.format, Convert::Format::ShareGpt);
    QVERIFY(chooseByKeys(source, u"OpenAI chat (JSON Lines)"_s));
    QVERIFY(!overrideNote->isVisible());
    QCOMPARE(preview->topLevelItem(0)->child(1)->text(1), u"Hi there"_s);
    clickNext(w);

    // 3. target and options
    QCOMPARE(w.currentId(), int(ConvertWizard::TargetPageId));
    QVERIFY(chooseByKeys(child<QComboBox>(&w, u"targetFormat"_s),
                         u"Anthropic Messages (JSON Lines)"_s));
    auto *migrated = child<QCheckBox>(&w, u"addMigratedAt"_s);
    QVERIFY(!migrated->isChecked());
    migrated->setFocus();
    QTest::keyClick(migrated, Qt::Key_Space);
    QVERIFY(migrated->isChecked());
    grab(&w, u"3-target"_s);
    clickNext(w);
    QCOMPARE(w.setup()->to.format, Convert::Format::Anthropic);
    QVERIFY(w.setup()->addMigratedAt);

    // 4. dry run on a sample: nothing written
    QCOMPARE(w.currentId(), int(ConvertWizard::DryRunPageId));
    QTRY_VERIFY(w.button(QWizard::NextButton)->isEnabled());
    auto *counts = child<QLabel>(&w, u"dryRunCounts"_s);
    QVERIFY2(counts->text().contains(
                     u"4 records read = 3 converted (1 of them with losses) + 1 rejected"),
             qPrintable(counts->text()));
    auto *dryLosses = child<QTreeWidget>(&w, u"dryRunLosses"_s);
    QCOMPARE(dryLosses->topLevelItem(0)->text(1), u"1"_s);  // converted with losses
    QVERIFY(dryLosses->topLevelItem(0)->childCount() >= 2); // system merged, name dropped
    QCOMPARE(dryLosses->topLevelItem(1)->text(1), u"1"_s);  // rejected
    QCOMPARE(filesIn(m_dir->path()), QStringList{u"chats.jsonl"_s});
    grab(&w, u"4-dryrun"_s);
    clickNext(w);

    // 5. output paths, suggested beside the input
    QCOMPARE(w.currentId(), int(ConvertWizard::OutputPageId));
    auto *output = child<QLineEdit>(&w, u"outputPath"_s);
    QCOMPARE(output->text(), path(u"chats.anthropic.jsonl"_s));
    QCOMPARE(child<QLineEdit>(&w, u"rejectsPath"_s)->text(), path(u"chats.rejects.txt"_s));
    QCOMPARE(child<QLineEdit>(&w, u"reportPath"_s)->text(), path(u"chats.report.json"_s));
    replaceText(output, path(u"converted.jsonl"_s));
    grab(&w, u"5-output"_s);
    clickNext(w); // Convert

    // 6. run, then 7. summary
    QTRY_COMPARE(w.currentId(), int(ConvertWizard::SummaryPageId));
    grab(&w, u"7-summary"_s);
    QVERIFY(w.setup()->result.has_value());
    const Convert::Summary &s = *w.setup()->result;

    // the engine itself, on the same file with the same options
    Convert::JobConfig config = w.setup()->runConfig();
    config.outputPath = path(u"engine.jsonl"_s);
    config.rejectsPath.clear();
    config.reportPath.clear();
    auto engine = Convert::runConversion(config);
    QVERIFY(engine.ok());
    QCOMPARE(s.recordsIn, engine->recordsIn);
    QCOMPARE(s.converted, engine->converted);
    QCOMPARE(s.convertedWithLosses, engine->convertedWithLosses);
    QCOMPARE(s.rejected, engine->rejected);
    QCOMPARE(s.recordsIn, 4u);
    QCOMPARE(s.rejected, 1u);
    for (std::size_t k = 0; k < s.losses.size(); ++k)
        QCOMPARE(s.losses[k].count, engine->losses[k].count);

    auto *summaryCounts = child<QLabel>(&w, u"summaryCounts"_s);
    QCOMPARE(summaryCounts->text(), countsSentence(engine.value()));
    auto *losses = child<QTreeWidget>(&w, u"summaryLosses"_s);
    QCOMPARE(losses->topLevelItem(0)->text(1), QString::number(engine->convertedWithLosses));
    QCOMPARE(losses->topLevelItem(1)->text(1), QString::number(engine->rejected));
    bool sawSystemMerged = false;
    for (int i = 0; i < losses->topLevelItem(0)->childCount(); ++i) {
        QTreeWidgetItem *kind = losses->topLevelItem(0)->child(i);
        if (kind->data(0, Qt::UserRole).toString() == u"system_merged") {
            sawSystemMerged = true;
            QVERIFY(kind->child(0)->text(0).contains(u"line 2"));
        }
    }
    QVERIFY(sawSystemMerged);
    QVERIFY(child<QPushButton>(&w, u"openRejects"_s)->isEnabled());
    QVERIFY(child<QPushButton>(&w, u"openReport"_s)->isEnabled());
    QVERIFY(child<QPushButton>(&w, u"openOutput"_s)->isEnabled());

    // what was written
    QFile out(path(u"converted.jsonl"_s));
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QByteArray written = out.readAll();
    QCOMPARE(written.count('\n'), 3);
    QVERIFY(written.contains("\"migrated_at\""));
    QFile rejects(path(u"chats.rejects.txt"_s));
    QVERIFY(rejects.open(QIODevice::ReadOnly));
    QVERIFY(rejects.readAll().startsWith("# chats.jsonl:3:"));
    QFile report(path(u"chats.report.json"_s));
    QVERIFY(report.open(QIODevice::ReadOnly));
    QVERIFY(report.readAll().contains("\"system_merged\""));

    QVERIFY(child<QLabel>(&w, u"summaryDetails"_s)->text().contains(u"No project is open"));

    QTest::mouseClick(w.button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(w.result(), int(QDialog::Accepted));
}

void TestConvertWizard::sourcePageRejectsMissingFile()
{
    ConvertWizard w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::keyClicks(child<QLineEdit>(&w, u"inputPath"_s), path(u"nope.jsonl"_s));
    clickNext(w);
    QCOMPARE(w.currentId(), int(ConvertWizard::SourcePageId));
    auto *error = child<QLabel>(&w, u"sourceError"_s);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"nope.jsonl"));
}

void TestConvertWizard::runIsRecordedInTheProject()
{
    auto created = Project::create(path(u"history.cutover"_s));
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    std::unique_ptr<Project> project = std::move(created.value());
    const QString in = path(u"chats.jsonl"_s);
    QVERIFY(writeFile(in, smallInput()));
    {
        ConvertWizard w(project.get());
        walkToOutput(w, in, path(u"out.jsonl"_s));
        clickNext(w);
        QTRY_COMPARE(w.currentId(), int(ConvertWizard::SummaryPageId));
        QVERIFY(child<QLabel>(&w, u"summaryDetails"_s)
                        ->text()
                        .contains(u"Added to the conversion history of history.cutover"));
    }
    auto runs = Convert::loadConversions(project->file()->database());
    QVERIFY(runs.ok());
    QCOMPARE(runs->size(), 1);
    const Convert::ConversionRecord &r = runs->constFirst();
    QCOMPARE(r.input, in);
    QCOMPARE(r.output, path(u"out.jsonl"_s));
    QCOMPARE(r.from, u"openai"_s);
    QCOMPARE(r.to, u"anthropic"_s);
    QCOMPARE(r.recordsIn, 4u);
    QCOMPARE(r.converted, 3u);
    QVERIFY(r.summaryJson.contains(u"\"converted_with_losses\": 1,"));
    QCOMPARE(r.rejected, 1u);
    QVERIFY(r.summaryJson.contains(u"\"system_merged\""));
    QVERIFY(r.finishedAt.isValid());

    // the next wizard lists it on its first page; choosing it fills the input
    ConvertWizard again(project.get());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    auto *history = child<QTreeWidget>(&again, u"history"_s);
    QVERIFY(history->isVisible());
    QCOMPARE(history->topLevelItemCount(), 1);
    grab(&again, u"1-source-history"_s);
    QCOMPARE(history->topLevelItem(0)->text(1), u"chats.jsonl (openai)"_s);
    QCOMPARE(history->topLevelItem(0)->text(3), u"4"_s);
    QCOMPARE(history->topLevelItem(0)->text(4), u"1"_s);
    const QRect rect = history->visualItemRect(history->topLevelItem(0));
    QTest::mouseClick(history->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::keyClick(history, Qt::Key_Return);
    QCOMPARE(child<QLineEdit>(&again, u"inputPath"_s)->text(), in);
    again.close();

    // a run over two files: choosing it fills the file list with both, in order
    const QString second = path(u"more.jsonl"_s);
    QVERIFY(writeFile(second, smallInput()));
    Convert::JobConfig two;
    two.inputPaths = {second, in};
    two.outputPath = path(u"two.jsonl"_s);
    auto twoRun = Convert::runConversion(two);
    QVERIFY(twoRun.ok());
    QVERIFY(Convert::recordConversion(project->file()->database(), two, twoRun.value(),
                                      QDateTime::currentDateTimeUtc())
                    .ok());
    ConvertWizard third(project.get());
    third.show();
    QVERIFY(QTest::qWaitForWindowExposed(&third));
    auto *history3 = child<QTreeWidget>(&third, u"history"_s);
    QCOMPARE(history3->topLevelItemCount(), 2);
    QCOMPARE(history3->topLevelItem(0)->text(1), u"more.jsonl and 1 more (openai)"_s);
    QCOMPARE(history3->topLevelItem(0)->text(3), u"8"_s);
    QTest::mouseClick(history3->viewport(), Qt::LeftButton, {},
                      history3->visualItemRect(history3->topLevelItem(0)).center());
    QTest::keyClick(history3, Qt::Key_Return);
    auto *list = child<QListWidget>(&third, u"inputFiles"_s);
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), second);
    QCOMPARE(list->item(1)->data(Qt::UserRole).toString(), in);
    QVERIFY(child<QLineEdit>(&third, u"inputPath"_s)->text().isEmpty());
    third.close();
    QVERIFY(project->close().ok());
}

void TestConvertWizard::outputPageRefusesBadPaths()
{
    const QString in = path(u"chats.jsonl"_s);
    QVERIFY(writeFile(in, smallInput()));
    ConvertWizard w;
    walkToOutput(w, in, in); // the output would overwrite the input
    auto *error = child<QLabel>(&w, u"outputError"_s);
    clickNext(w);
    QCOMPARE(w.currentId(), int(ConvertWizard::OutputPageId));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"input"));

    replaceText(child<QLineEdit>(&w, u"outputPath"_s), path(u"no/such/folder/out.jsonl"_s));
    QVERIFY(!error->isVisible());
    clickNext(w);
    QCOMPARE(w.currentId(), int(ConvertWizard::OutputPageId));
    QVERIFY(error->text().contains(u"does not exist"));

    // rejects and report may be switched off; the run then writes only the output
    replaceText(child<QLineEdit>(&w, u"outputPath"_s), path(u"out.jsonl"_s));
    for (const QString &name : {u"writeRejects"_s, u"writeReport"_s}) {
        auto *box = child<QCheckBox>(&w, name);
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Space);
        QVERIFY(!box->isChecked());
    }
    QVERIFY(!child<QLineEdit>(&w, u"rejectsPath"_s)->isEnabled());
    clickNext(w);
    QTRY_COMPARE(w.currentId(), int(ConvertWizard::SummaryPageId));
    QCOMPARE(filesIn(m_dir->path()), (QStringList{u"chats.jsonl"_s, u"out.jsonl"_s}));
    QVERIFY(!child<QPushButton>(&w, u"openRejects"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(&w, u"openReport"_s)->isEnabled());
}

void TestConvertWizard::walkToOutput(ConvertWizard &w, const QString &input, const QString &output)
{
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::keyClicks(child<QLineEdit>(&w, u"inputPath"_s), input);
    clickNext(w);
    QCOMPARE(w.currentId(), int(ConvertWizard::DetectPageId));
    clickNext(w);
    QCOMPARE(w.currentId(), int(ConvertWizard::TargetPageId));
    clickNext(w);
    QCOMPARE(w.currentId(), int(ConvertWizard::DryRunPageId));
    QTRY_VERIFY(w.button(QWizard::NextButton)->isEnabled());
    clickNext(w);
    QCOMPARE(w.currentId(), int(ConvertWizard::OutputPageId));
    replaceText(child<QLineEdit>(&w, u"outputPath"_s), output);
    QCOMPARE(child<QSpinBox>(&w, u"threads"_s)->value(), 1);
}

void TestConvertWizard::cancelMidRunLeavesNothing()
{
    const QString in = path(u"big.jsonl"_s);
    QVERIFY(writeFile(in, largeInput(100000))); // about 96 MB
    QVERIFY(QFileInfo(in).size() > 90 * 1000 * 1000);
    const QString out = path(u"big.out.jsonl"_s);

    ConvertWizard w;
    walkToOutput(w, in, out);

    // Cancel as soon as the first progress arrives: mid-run by construction.
    auto *cancel = child<QPushButton>(&w, u"cancelRun"_s);
    auto *bar = child<QProgressBar>(&w, u"runProgress"_s);
    int progressSeen = 0;
    std::uint64_t recordsAtCancel = 0;
    auto connection = connect(w.runner(), &ConversionRunner::progressed, this,
                              [&](const Convert::Progress &p) {
                                  if (progressSeen++ == 0) {
                                      recordsAtCancel = p.records;
                                      QTest::mouseClick(cancel, Qt::LeftButton);
                                  }
                              });
    clickNext(w); // Convert
    QCOMPARE(w.currentId(), int(ConvertWizard::RunPageId));
    QTRY_VERIFY_WITH_TIMEOUT(!w.runner()->isRunning(), 60000);
    disconnect(connection);
    QVERIFY(progressSeen > 0);
    QVERIFY(recordsAtCancel > 0 && recordsAtCancel < 100000);
    QVERIFY(bar->value() < 1000);
    auto *status = child<QLabel>(&w, u"runStatus"_s);
    QVERIFY2(status->text().contains(u"Cancelled"), qPrintable(status->text()));
    QCOMPARE(w.currentId(), int(ConvertWizard::RunPageId));
    QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
    grab(&w, u"6-run-cancelled"_s);
    // no output, no rejects, no report, no temporary file
    QCOMPARE(filesIn(m_dir->path()), QStringList{u"big.jsonl"_s});

    // Run again, to the end this time
    auto *again = child<QPushButton>(&w, u"runAgain"_s);
    QVERIFY(again->isVisible());
    QTest::mouseClick(again, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(ConvertWizard::SummaryPageId), 120000);
    QCOMPARE(w.setup()->result->recordsIn, 100000u);
    QCOMPARE(w.setup()->result->converted, 100000u);
    QVERIFY(QFile::exists(out));
}

void TestConvertWizard::closingMidRunLeavesNothing()
{
    const QString in = path(u"big.jsonl"_s);
    QVERIFY(writeFile(in, largeInput(100000)));
    ConvertWizard w;
    walkToOutput(w, in, path(u"big.out.jsonl"_s));
    int progressSeen = 0;
    connect(w.runner(), &ConversionRunner::progressed, this, [&] {
        if (progressSeen++ == 0)
            QTest::mouseClick(w.button(QWizard::CancelButton), Qt::LeftButton);
    });
    clickNext(w);
    QTRY_VERIFY_WITH_TIMEOUT(!w.isVisible(), 60000);
    QVERIFY(progressSeen > 0);
    QCOMPARE(w.result(), int(QDialog::Rejected));
    QVERIFY(!w.runner()->isRunning());
    QCOMPARE(filesIn(m_dir->path()), QStringList{u"big.jsonl"_s});
}

void TestConvertWizard::twoFilesIntoOneOutput()
{
    const QString a = path(u"a.jsonl"_s), b = path(u"b.jsonl"_s), c = path(u"c.jsonl"_s);
    QVERIFY(writeFile(a, smallInput())); // 4 records, line 3 rejected
    const QByteArray good
            = R"({"messages":[{"role":"user","content":"More"},{"role":"assistant","content":"Yes"}]})";
    QVERIFY(writeFile(b, good + "\n{\"messages\": 7}\n" + good + "\n")); // line 2 rejected
    QVERIFY(writeFile(c, good + "\n"));

    ConvertWizard w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *files = child<QListWidget>(&w, u"inputFiles"_s);
    auto *typed = child<QLineEdit>(&w, u"inputPath"_s);
    auto *total = child<QLabel>(&w, u"inputTotal"_s);
    // a typed path is added with Return
    QTest::keyClicks(typed, a);
    QTest::keyClick(typed, Qt::Key_Return);
    QCOMPARE(files->count(), 1);
    QVERIFY(typed->text().isEmpty());
    // two more dropped from a file manager
    QVERIFY(dropFiles(files->viewport(), {b, c}));
    QCOMPARE(files->count(), 3);
    QVERIFY(dropFiles(files->viewport(), {b})); // already there: not twice
    QCOMPARE(files->count(), 3);
    const qint64 bytes = QFileInfo(a).size() + QFileInfo(b).size() + QFileInfo(c).size();
    QCOMPARE(total->text(), u"3 files, %1 in all"_s.arg(QLocale().formattedDataSize(bytes)));
    // the third one removed again with Delete
    files->setFocus();
    QTest::mouseClick(files->viewport(), Qt::LeftButton, {},
                      files->visualItemRect(files->item(2)).center());
    QVERIFY(child<QPushButton>(&w, u"removeInput"_s)->isEnabled());
    QTest::keyClick(files, Qt::Key_Delete);
    QCOMPARE(files->count(), 2);
    QVERIFY(total->text().startsWith(u"2 files"));
    grab(&w, u"1-source-two-files"_s);
    clickNext(w);

    // every file's detection; the first file's records
    QCOMPARE(w.currentId(), int(ConvertWizard::DetectPageId));
    QCOMPARE(w.setup()->inputPaths, (QStringList{a, b}));
    auto *perFile = child<QTreeWidget>(&w, u"fileDetections"_s);
    QVERIFY(perFile->isVisible());
    QCOMPARE(perFile->topLevelItemCount(), 2);
    QCOMPARE(perFile->topLevelItem(1)->text(0), u"b.jsonl"_s);
    QVERIFY(perFile->topLevelItem(1)->text(1).contains(u"OpenAI chat"));
    QVERIFY(!child<QLabel>(&w, u"mixedFormats"_s)->isVisible());
    QVERIFY(child<QLabel>(&w, u"previewLabel"_s)->text().contains(u"a.jsonl"));
    QCOMPARE(child<QTreeWidget>(&w, u"preview"_s)->topLevelItemCount(), 4);
    grab(&w, u"2-detect-two-files"_s);
    clickNext(w);
    QCOMPARE(w.currentId(), int(ConvertWizard::TargetPageId));
    clickNext(w);
    QCOMPARE(w.currentId(), int(ConvertWizard::DryRunPageId));
    QTRY_VERIFY(w.button(QWizard::NextButton)->isEnabled());
    QVERIFY2(child<QLabel>(&w, u"dryRunCounts"_s)->text().contains(u"7 records read"),
             qPrintable(child<QLabel>(&w, u"dryRunCounts"_s)->text()));
    clickNext(w);
    QCOMPARE(w.currentId(), int(ConvertWizard::OutputPageId));
    QCOMPARE(child<QLineEdit>(&w, u"outputPath"_s)->text(), path(u"a.anthropic.jsonl"_s));
    clickNext(w); // Convert
    QTRY_COMPARE(w.currentId(), int(ConvertWizard::SummaryPageId));
    grab(&w, u"7-summary-two-files"_s);

    const Convert::Summary &s = *w.setup()->result;
    QCOMPARE(s.recordsIn, 7u);
    QCOMPARE(s.rejected, 2u);
    QCOMPARE(s.files.size(), std::size_t(2));
    QCOMPARE(s.files[1].recordsIn, 3u);
    QCOMPARE(s.files[1].rejected, 1u);
    QFile out(path(u"a.anthropic.jsonl"_s));
    QVERIFY(out.open(QIODevice::ReadOnly));
    QCOMPARE(out.readAll().count('\n'), 5);
    QFile rejects(path(u"a.rejects.txt"_s));
    QVERIFY(rejects.open(QIODevice::ReadOnly));
    const QByteArray rejected = rejects.readAll();
    QVERIFY(rejected.startsWith("# a.jsonl:3:"));
    QVERIFY2(rejected.contains("\n# b.jsonl:2:"), rejected.constData());
    QVERIFY(child<QLabel>(&w, u"summaryDetails"_s)->text().contains(u"read from 2 files"));
    // the summary lists the files with their counts
    auto *losses = child<QTreeWidget>(&w, u"summaryLosses"_s);
    QTreeWidgetItem *byFile = losses->topLevelItem(2);
    QVERIFY(byFile);
    QCOMPARE(byFile->data(0, Qt::UserRole).toString(), u"files"_s);
    QCOMPARE(byFile->childCount(), 2);
    QVERIFY(byFile->child(1)->text(0).startsWith(u"b.jsonl: 2 converted"));
    QCOMPARE(byFile->child(1)->text(1), u"3"_s);
    QVERIFY(losses->topLevelItem(1)
                    ->child(losses->topLevelItem(1)->childCount() - 1)
                    ->text(0)
                    .startsWith(u"b.jsonl, line 2:"));
}

void TestConvertWizard::mixedFormatsNeedAChoice()
{
    const QString a = path(u"a.jsonl"_s), s = path(u"s.jsonl"_s);
    QVERIFY(writeFile(a, smallInput()));
    QVERIFY(writeFile(
            s, R"({"conversations":[{"from":"human","value":"Hi"},{"from":"gpt","value":"Yo"}]})"
               "\n"));
    ConvertWizard w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *typed = child<QLineEdit>(&w, u"inputPath"_s);
    QTest::keyClicks(typed, a);
    QTest::mouseClick(child<QPushButton>(&w, u"addInput"_s), Qt::LeftButton);
    QTest::keyClicks(typed, s); // typed, not added: still one of the inputs
    clickNext(w);
    QCOMPARE(w.currentId(), int(ConvertWizard::DetectPageId));
    auto *mixed = child<QLabel>(&w, u"mixedFormats"_s);
    QVERIFY(mixed->isVisible());
    QVERIFY2(mixed->text().contains(u"s.jsonl looks like ShareGPT"), qPrintable(mixed->text()));
    QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
    auto *perFile = child<QTreeWidget>(&w, u"fileDetections"_s);
    QCOMPARE(perFile->topLevelItem(1)->data(0, Qt::UserRole).toBool(), true);
    grab(&w, u"2-detect-mixed"_s);
    // choosing a format by hand reads both files as that one (here: away and back)
    QVERIFY(chooseByKeys(child<QComboBox>(&w, u"sourceFormat"_s), u"ShareGPT"_s));
    QVERIFY(chooseByKeys(child<QComboBox>(&w, u"sourceFormat"_s), u"OpenAI chat (JSON Lines)"_s));
    QVERIFY(!mixed->isVisible());
    QVERIFY(w.button(QWizard::NextButton)->isEnabled());
    clickNext(w);
    QCOMPARE(w.currentId(), int(ConvertWizard::TargetPageId));
    QCOMPARE(w.setup()->from.format, Convert::Format::OpenAI);
}

QTEST_MAIN(TestConvertWizard)
#include "tst_convertwizard.moc"
