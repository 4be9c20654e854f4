#include "ui/convert/sourcepage.h"

#include "core/convert/conversionhistory.h"
#include "core/project/project.h"
#include "core/project/projectfile.h"
#include "ui/convert/conversionsetup.h"
#include "ui/convert/pagestyle.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Cutover {

namespace {

// The local files among dropped URLs; empty when any is not a local file.
QStringList localFiles(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    QStringList paths;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            return {};
        paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

SourcePage::SourcePage(ConversionSetup *setup, QWidget *parent)
    : QWizardPage(parent)
    , m_setup(setup)
    , m_files(new QListWidget(this))
    , m_browse(new QPushButton(tr("&Add Files…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_path(new QLineEdit(this))
    , m_add(new QPushButton(tr("A&dd"), this))
    , m_total(new QLabel(this))
    , m_error(new QLabel(this))
    , m_historyLabel(new QLabel(this))
    , m_history(new QTreeWidget(this))
{
    setTitle(tr("Source Files"));
    setSubTitle(tr("Choose one or more files of stored conversations or evaluation records. "
                   "Several files are converted in order into one output. Cutover reads them "
                   "as a stream, so files of any size work."));
    setAcceptDrops(true);
    m_files->setObjectName(u"inputFiles"_s);
    m_files->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_files->setDragDropMode(QAbstractItemView::InternalMove); // reorder by dragging
    m_files->setDefaultDropAction(Qt::MoveAction);
    m_files->setMaximumHeight(fontMetrics().height() * 8);
    m_files->viewport()->installEventFilter(this); // files dropped from outside
    m_browse->setObjectName(u"browseInput"_s);
    m_remove->setObjectName(u"removeInput"_s);
    m_remove->setEnabled(false);
    m_path->setObjectName(u"inputPath"_s);
    m_path->setPlaceholderText(tr("Path of a .jsonl or .json file; Return adds it"));
    m_path->setClearButtonEnabled(true);
    m_add->setObjectName(u"addInput"_s);
    m_add->setEnabled(false);
    m_total->setObjectName(u"inputTotal"_s);
    m_error->setObjectName(u"sourceError"_s);
    m_error->setWordWrap(true);
    markAsError(m_error);
    m_error->hide();

    m_files->installEventFilter(this); // Delete and Backspace remove the selected files

    auto *filesLabel = new QLabel(tr("&Files:"), this);
    filesLabel->setBuddy(m_files);
    auto *pathLabel = new QLabel(tr("&Path:"), this);
    pathLabel->setBuddy(m_path);
    auto *listButtons = new QVBoxLayout;
    listButtons->addWidget(m_browse);
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);
    auto *grid = new QGridLayout;
    grid->addWidget(filesLabel, 0, 0, Qt::AlignTop);
    grid->addWidget(m_files, 0, 1);
    grid->addLayout(listButtons, 0, 2);
    grid->addWidget(pathLabel, 1, 0);
    grid->addWidget(m_path, 1, 1);
    grid->addWidget(m_add, 1, 2);
    grid->addWidget(m_total, 2, 1);
    grid->setColumnStretch(1, 1);

    auto *hint = new QLabel(tr("Supported: OpenAI chat (JSON Lines or one JSON array), Anthropic "
                               "Messages, ShareGPT, Alpaca and Gemini. The next step detects "
                               "which one each file holds; files converted together must hold "
                               "the same one. Files can also be dropped here."),
                            this);
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_error);
    layout->addWidget(hint);
    layout->addSpacing(12);
    layout->addWidget(m_historyLabel);
    layout->addWidget(m_history, 1);
    layout->addStretch(0);

    m_historyLabel->setWordWrap(true);
    m_history->setObjectName(u"history"_s);
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels(
            {tr("Finished"), tr("Input"), tr("Output"), tr("Records"), tr("Rejected")});
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyLabel->hide();
    m_history->hide();

    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_error->hide();
        m_add->setEnabled(!m_path->text().trimmed().isEmpty());
        listChanged();
    });
    // Return adds a typed path (and is not passed on to the wizard's Next button);
    // with the field empty, Return goes on to the next page
    m_path->installEventFilter(this);
    connect(m_add, &QPushButton::clicked, this, &SourcePage::addTyped);
    connect(m_browse, &QPushButton::clicked, this, &SourcePage::browse);
    connect(m_remove, &QPushButton::clicked, this, &SourcePage::removeSelected);
    connect(m_files, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_files->selectedItems().isEmpty()); });
    connect(m_files->model(), &QAbstractItemModel::rowsMoved, this, &SourcePage::listChanged);
    connect(m_history, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QStringList inputs = item->data(1, Qt::UserRole).toStringList();
        m_files->clear();
        if (inputs.size() == 1) {
            m_path->setText(inputs.constFirst());
        } else {
            m_path->clear();
            addFiles(inputs);
        }
        listChanged();
    });
    listChanged();
}

void SourcePage::setPath(const QString &path)
{
    m_path->setText(path);
}

void SourcePage::addFiles(const QStringList &paths)
{
    for (const QString &p : paths) {
        const QFileInfo info(p);
        const QString path = info.absoluteFilePath();
        const auto existing = m_files->findItems(info.fileName(), Qt::MatchStartsWith);
        bool dup = false;
        for (QListWidgetItem *item : existing)
            dup = dup || item->data(Qt::UserRole).toString() == path;
        if (dup)
            continue;
        auto *item = new QListWidgetItem(m_files);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
        item->setText(info.isFile() ? tr("%1  (%2)")
                                              .arg(info.fileName(),
                                                   QLocale().formattedDataSize(info.size()))
                                    : info.fileName());
    }
    m_error->hide();
    listChanged();
}

QStringList SourcePage::inputs() const
{
    QStringList paths;
    for (int i = 0; i < m_files->count(); ++i)
        paths << m_files->item(i)->data(Qt::UserRole).toString();
    const QString typed = m_path->text().trimmed();
    if (!typed.isEmpty() && !paths.contains(QFileInfo(typed).absoluteFilePath()))
        paths << typed;
    return paths;
}

void SourcePage::browse()
{
    const QString start
            = m_files->count() > 0
                      ? QFileInfo(
                                m_files->item(m_files->count() - 1)->data(Qt::UserRole).toString())
                                .absolutePath()
                      : QFileInfo(m_path->text()).absolutePath();
    const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Choose Files to Convert"), start,
            tr("Conversation data (*.jsonl *.json *.ndjson);;All files (*)"));
    addFiles(paths);
}

void SourcePage::addTyped()
{
    const QString typed = m_path->text().trimmed();
    if (typed.isEmpty())
        return;
    const QFileInfo info(typed);
    if (!info.isFile()) {
        m_error->setText(info.exists() ? tr("%1 is not a file.").arg(info.filePath())
                                       : tr("%1 does not exist.").arg(info.filePath()));
        m_error->show();
        return;
    }
    addFiles({typed});
    m_path->clear();
}

void SourcePage::removeSelected()
{
    const auto selected = m_files->selectedItems();
    for (QListWidgetItem *item : selected)
        delete item;
    listChanged();
}

void SourcePage::listChanged()
{
    const QStringList paths = inputs();
    qint64 bytes = 0;
    for (const QString &p : paths)
        bytes += QFileInfo(p).size();
    const int n = int(paths.size());
    const QString size = QLocale().formattedDataSize(bytes);
    m_total->setText(n == 0   ? QString()
                     : n == 1 ? tr("%n file, %1", nullptr, n).arg(size)
                              : tr("%n files, %1 in all", nullptr, n).arg(size));
    Q_EMIT completeChanged();
}

void SourcePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void SourcePage::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    addFiles(paths);
    event->acceptProposedAction();
}

bool SourcePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_path && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter)
            && !m_path->text().trimmed().isEmpty()) {
            addTyped();
            return true;
        }
    }
    if (watched == m_files && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Delete || key == Qt::Key_Backspace)
            && !m_files->selectedItems().isEmpty()) {
            removeSelected();
            return true;
        }
    }
    if (watched == m_files->viewport()) {
        // drops from a file manager add files; drags inside the list reorder it
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            if (!drag->source() && !localFiles(drag->mimeData()).isEmpty()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            if (!drop->source()) {
                const QStringList paths = localFiles(drop->mimeData());
                if (!paths.isEmpty()) {
                    addFiles(paths);
                    drop->acceptProposedAction();
                }
                return true;
            }
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

void SourcePage::initializePage()
{
    m_history->clear();
    Project *project = m_setup->project.data();
    if (!project) {
        m_historyLabel->hide();
        m_history->hide();
        return;
    }
    auto runs = Convert::loadConversions(project->file()->database());
    if (!runs) {
        m_historyLabel->setText(runs.error().message);
        m_historyLabel->show();
        m_history->hide();
        return;
    }
    m_historyLabel->setText(
            runs->isEmpty() ? tr("No earlier conversions in %1.").arg(project->displayName())
                            : tr("Earlier conversions in %1:").arg(project->displayName()));
    m_historyLabel->show();
    const QLocale locale;
    for (auto it = runs->crbegin(); it != runs->crend(); ++it) { // newest first
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, locale.toString(it->finishedAt.toLocalTime(), QLocale::ShortFormat));
        QString inputs = QFileInfo(it->input).fileName();
        if (it->inputs.size() > 1)
            inputs = tr("%1 and %2 more")
                             .arg(inputs, locale.toString(qsizetype(it->inputs.size() - 1)));
        item->setText(1, inputs + u" ("_s + it->from + u')');
        item->setToolTip(1, it->inputs.join(u'\n'));
        item->setText(2, QFileInfo(it->output).fileName() + u" ("_s + it->to + u')');
        item->setToolTip(2, it->output);
        item->setText(3, locale.toString(qulonglong(it->recordsIn)));
        item->setText(4, locale.toString(qulonglong(it->rejected)));
        // a click fills the inputs again
        item->setData(1, Qt::UserRole, it->inputs);
    }
    m_history->setVisible(!runs->isEmpty());
}

bool SourcePage::isComplete() const
{
    return !inputs().isEmpty();
}

bool SourcePage::validatePage()
{
    QStringList paths;
    QString problem;
    for (const QString &p : inputs()) {
        const QFileInfo info(p);
        if (!info.exists())
            problem = tr("%1 does not exist.").arg(info.filePath());
        else if (!info.isFile())
            problem = tr("%1 is not a file.").arg(info.filePath());
        else if (!info.isReadable())
            problem = tr("%1 cannot be read (permission denied).").arg(info.filePath());
        if (!problem.isEmpty())
            break;
        paths << info.absoluteFilePath();
    }
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return false;
    }
    if (paths != m_setup->inputPaths) {
        m_setup->inputPaths = paths;
        m_setup->detection.reset();
        m_setup->fileDetections.clear();
        m_setup->outputPath.clear();
        m_setup->rejectsPath.clear();
        m_setup->reportPath.clear();
        m_setup->invalidate();
    }
    return true;
}

} // namespace Cutover
