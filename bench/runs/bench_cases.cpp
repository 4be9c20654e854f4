// The Test Cases table with 100,000 cases: CasesModel's first read (ids,
// variable names and tags on its reader thread), the first frame of a
// QTableView over it, scrolling to the end, PageDown, a text filter and a
// tag filter; medians of --rounds rounds, one process. Run offscreen:
//   QT_QPA_PLATFORM=offscreen bench_cases [--cases N] [--rounds N]

#include "core/project/projectfile.h"
#include "core/runs/casestore.h"
#include "ui/runs/casesmodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace Cutover;
using namespace Qt::StringLiterals;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n == 0 ? 0 : (n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2);
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Waits in an event loop for the model's next reloaded().
void waitReloaded(CasesModel &model)
{
    QEventLoop loop;
    QObject::connect(&model, &CasesModel::reloaded, &loop, &QEventLoop::quit);
    QObject::connect(&model, &CasesModel::loadFailed, &loop, &QEventLoop::quit);
    if (model.isLoading())
        loop.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption casesOption(u"cases"_s, u"test cases"_s, u"n"_s, u"100000"_s);
    const QCommandLineOption roundsOption(u"rounds"_s, u"rounds"_s, u"n"_s, u"5"_s);
    parser.addOptions({casesOption, roundsOption});
    parser.addHelpOption();
    parser.process(app);
    const int n = parser.value(casesOption).toInt();
    const int rounds = parser.value(roundsOption).toInt();

    QTemporaryDir dir;
    auto project = ProjectFile::create(dir.filePath(u"cases.cutover"_s));
    if (!project)
        return 2;
    const auto db = [&project] {
        return project.value()->database();
    };
    QList<TestCase> cases;
    cases.reserve(n);
    for (int i = 1; i <= n; ++i) {
        TestCase c;
        c.variables.insert(u"question"_s, u"Where is my refund for order %1?"_s.arg(i));
        c.variables.insert(u"lang"_s, i % 2 ? u"en"_s : u"中文"_s);
        c.variables.insert(u"customer"_s, u"customer-%1"_s.arg(i % 977));
        c.reference = u"Your refund for order %1 is on its way."_s.arg(i);
        c.tags = {i % 10 == 0 ? u"billing"_s : u"general"_s};
        c.assertions = {Assertion::contains({QString::number(i)}, ContainsMode::All),
                        Assertion::maxLatency(3000)};
        cases.append(c);
    }
    QElapsedTimer t;
    t.start();
    if (!CaseStore::add(db(), cases))
        return 2;
    std::printf("%d cases stored with CaseStore::add (one transaction) in %.0f ms\n", n, ms(t));
    cases.clear();

    QList<double> firstRead, firstFrame, toEnd, pageDown, textFilter, tagFilter;
    for (int r = 0; r < rounds; ++r) {
        CasesModel model;
        QTableView view;
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.resize(1000, 700);
        t.restart();
        model.setDatabase(db(), project.value()->path());
        view.setModel(&model);
        view.show();
        waitReloaded(model);
        firstRead.append(ms(t));
        view.grab();
        firstFrame.append(ms(t));
        t.restart();
        view.scrollToBottom();
        view.grab();
        toEnd.append(ms(t));
        view.scrollToTop();
        view.setFocus();
        view.setCurrentIndex(model.index(0, 1));
        t.restart();
        for (int i = 0; i < 20; ++i) {
            QTest::keyClick(&view, Qt::Key_PageDown);
            view.grab();
        }
        pageDown.append(ms(t) / 20);
        t.restart();
        model.setFilter(CaseStore::Filter{u"order 12"_s, QString()});
        waitReloaded(model);
        view.grab();
        textFilter.append(ms(t));
        const int textRows = model.rowCount();
        t.restart();
        model.setFilter(CaseStore::Filter{QString(), u"billing"_s});
        waitReloaded(model);
        view.grab();
        tagFilter.append(ms(t));
        if (r == 0)
            std::printf("rows: all %d; the text filter leaves %d, the tag filter %d\n", n, textRows,
                        model.rowCount());
    }
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    std::printf("medians of %d rounds (ms): first read %.0f, first frame %.0f, scroll to end %.1f, "
                "PageDown %.1f per frame, text filter %.0f, tag filter %.0f; peak RSS %ld MiB\n",
                rounds, median(firstRead), median(firstFrame), median(toEnd), median(pageDown),
                median(textFilter), median(tagFilter), u.ru_maxrss / 1024);
    (void) project.value()->close();
    return 0;
}
