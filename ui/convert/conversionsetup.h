#pragma once

#include "core/convert/conversionjob.h"
#include "core/convert/detect.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

namespace Cutover {

class Project;

// What the conversion wizard's pages decide together: the one model object
// every page reads and writes. The job configuration is assembled here so
// that the dry run and the real run convert exactly alike.
class ConversionSetup final : public QObject
{
    Q_OBJECT

public:
    explicit ConversionSetup(QObject *parent = nullptr);

    // The files to convert, in order, into one output (at least one once the
    // source page is done).
    QStringList inputPaths;
    // Of all inputs together, when they could be read and agree on one format.
    std::optional<Convert::Detection> detection;
    QList<Convert::Detection> fileDetections; // one per input, when they could be read
    QString firstInput() const { return inputPaths.value(0); }
    Convert::FormatSpec from; // detected or chosen by the user
    Convert::FormatSpec to{Convert::Format::Anthropic, Convert::Container::Jsonl};
    Convert::Options options;
    bool addMigratedAt = false;
    QString outputPath;
    QString rejectsPath; // empty: rejects are only counted
    QString reportPath;  // empty: no loss report file
    int threads = 1;

    std::optional<Convert::Summary> dryRun; // of the current settings, on a sample
    std::optional<Convert::Summary> result; // of the finished run

    // The open project, if any: finished runs are added to its conversion
    // history. Guarded: the project may close while the wizard is open.
    QPointer<Project> project;
    QString historyNote; // what became of the last run's history entry, for people

    // How many records the dry run converts.
    static constexpr std::uint64_t kSampleRecords = 1000;

    // The engine's configuration for a dry run on a sample (nothing written)
    // or for the real run.
    Convert::JobConfig dryRunConfig() const;
    Convert::JobConfig runConfig() const;

    // Default output, rejects and report paths next to the (first) input,
    // named after the target format ("chats.anthropic.jsonl").
    QString suggestedOutputPath() const;
    QString suggestedRejectsPath() const;
    QString suggestedReportPath() const;

    // Every format in both containers, in menu order.
    static QList<Convert::FormatSpec> allSpecs();
    // A spec as one int (for combo box data) and back.
    static int specKey(const Convert::FormatSpec &spec);
    static Convert::FormatSpec specFromKey(int key);
    // "openai-array", as the command line spells it.
    static QString specName(const Convert::FormatSpec &spec);
    // "OpenAI chat (JSON Lines)", translated.
    static QString specTitle(const Convert::FormatSpec &spec);

    // Forgets what was computed from the settings (dry run, result).
    void invalidate();

Q_SIGNALS:
    void changed();
};

} // namespace Cutover
