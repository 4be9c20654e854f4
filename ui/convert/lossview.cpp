#include "ui/convert/lossview.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace Cutover {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::ConvertWizard)
};

QString number(std::uint64_t n)
{
    return QLocale().toString(qulonglong(n));
}

// "line 12" for one input; "b.jsonl, line 12" for several.
QString where(const std::string &file, std::uint64_t line, bool severalFiles)
{
    if (!severalFiles)
        return Tr::tr("line %1").arg(number(line));
    return Tr::tr("%1, line %2").arg(QString::fromStdString(file), number(line));
}

QString example(const Convert::LossExample &e, bool severalFiles)
{
    if (e.recordId.empty())
        return where(e.file, e.line, severalFiles);
    return Tr::tr("%1, id %2")
            .arg(where(e.file, e.line, severalFiles), QString::fromStdString(e.recordId));
}

} // namespace

void showLosses(QTreeWidget *tree, const Convert::Summary &s)
{
    const bool several = s.files.size() > 1;
    tree->clear();
    tree->setColumnCount(2);
    tree->setHeaderLabels({Tr::tr("What"), Tr::tr("Records")});
    auto *losses = new QTreeWidgetItem(tree);
    losses->setText(0, Tr::tr("Converted with losses"));
    losses->setText(1, number(s.convertedWithLosses));
    for (std::size_t k = 0; k < s.losses.size(); ++k) {
        const Convert::LossStats &stats = s.losses[k];
        if (stats.count == 0)
            continue;
        auto *kind = new QTreeWidgetItem(losses);
        kind->setText(0, Convert::lossKindText(Convert::LossKind(k)));
        kind->setToolTip(0, QString::fromLatin1(Convert::lossKindName(Convert::LossKind(k))));
        kind->setText(1, number(stats.count));
        kind->setData(0, Qt::UserRole,
                      QString::fromLatin1(Convert::lossKindName(Convert::LossKind(k))));
        for (const Convert::LossExample &e : stats.examples) {
            auto *ex = new QTreeWidgetItem(kind);
            ex->setText(0, Tr::tr("for example %1").arg(example(e, several)));
        }
    }
    losses->setExpanded(true);

    auto *rejected = new QTreeWidgetItem(tree);
    rejected->setText(0, Tr::tr("Rejected"));
    rejected->setText(1, number(s.rejected));
    for (const auto &[code, count] : s.rejectsByCode) {
        auto *item = new QTreeWidgetItem(rejected);
        item->setText(0, QString::fromStdString(code));
        item->setText(1, number(count));
    }
    for (const Convert::RejectExample &e : s.firstRejects) {
        auto *item = new QTreeWidgetItem(rejected);
        item->setText(0, Tr::tr("%1: %2").arg(where(e.file, e.line, several),
                                              QString::fromStdString(e.reason)));
        item->setToolTip(0, item->text(0));
    }
    rejected->setExpanded(true);

    if (several) {
        auto *files = new QTreeWidgetItem(tree);
        files->setText(0, Tr::tr("Records by input file"));
        files->setText(1, number(s.recordsIn));
        files->setData(0, Qt::UserRole, u"files"_s);
        for (const Convert::FileSummary &f : s.files) {
            auto *item = new QTreeWidgetItem(files);
            item->setText(0, Tr::tr("%1: %2 converted (%3 with losses) + %4 rejected")
                                     .arg(QString::fromStdString(f.name), number(f.converted),
                                          number(f.convertedWithLosses), number(f.rejected)));
            item->setToolTip(0, f.path);
            item->setText(1, number(f.recordsIn));
        }
        files->setExpanded(true);
    }
    tree->resizeColumnToContents(1);
}

QString countsSentence(const Convert::Summary &s)
{
    const QString read = s.recordsIn == 1 ? Tr::tr("1 record read")
                                          : Tr::tr("%1 records read").arg(number(s.recordsIn));
    return Tr::tr("%1 = %2 converted (%3 of them with losses) + %4 rejected.")
            .arg(read, number(s.converted), number(s.convertedWithLosses), number(s.rejected));
}

QStringList inputNotes(const Convert::Summary &s)
{
    QStringList notes;
    if (s.files.size() > 1) {
        // the notes on the bytes of each file, named
        for (const Convert::FileSummary &f : s.files) {
            const QString name = QString::fromStdString(f.name);
            if (f.bom)
                notes << Tr::tr("%1 starts with a byte order mark; it was skipped.").arg(name);
            if (f.crlfLines)
                notes << Tr::tr("%1: %2 lines end in CRLF.").arg(name, number(f.crlfLines));
            if (f.blankLines)
                notes << Tr::tr("%1: %2 blank lines were skipped.").arg(name, number(f.blankLines));
            if (f.unterminatedLast)
                notes << Tr::tr("%1: the last record is not terminated (the file may be "
                                "truncated).")
                                 .arg(name);
            if (f.skippedBytes)
                notes << Tr::tr("%1: %2 bytes after a broken array structure were skipped.")
                                 .arg(name, number(f.skippedBytes));
        }
    } else if (s.bom)
        notes << Tr::tr("The file starts with a byte order mark; it was skipped.");
    if (s.files.size() <= 1) {
        if (s.crlfLines)
            notes << Tr::tr("%1 lines end in CRLF.").arg(number(s.crlfLines));
        if (s.blankLines)
            notes << Tr::tr("%1 blank lines were skipped.").arg(number(s.blankLines));
        if (s.unterminatedLast)
            notes << Tr::tr("The last record is not terminated (the file may be truncated).");
        if (s.skippedBytes)
            notes << Tr::tr("%1 bytes after a broken array structure were skipped.")
                             .arg(number(s.skippedBytes));
    }
    if (s.recordsWithDuplicateKeys)
        notes << Tr::tr("%1 records have duplicate keys.").arg(number(s.recordsWithDuplicateKeys));
    if (s.recordsWithBigIntegers)
        notes << Tr::tr("%1 records hold integers beyond 2^53; they were kept verbatim.")
                         .arg(number(s.recordsWithBigIntegers));
    if (s.recordsWithLoneSurrogates)
        notes << Tr::tr("%1 records hold lone surrogates; they were kept escaped.")
                         .arg(number(s.recordsWithLoneSurrogates));
    return notes;
}

} // namespace Cutover
