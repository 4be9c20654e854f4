#include "ui/convert/detectpage.h"

#include "core/convert/preview.h"
#include "ui/convert/conversionsetup.h"
#include "ui/convert/pagestyle.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Cutover {

DetectPage::DetectPage(ConversionSetup *setup, QWidget *parent)
    : QWizardPage(parent)
    , m_setup(setup)
    , m_detected(new QLabel(this))
    , m_evidence(new QListWidget(this))
    , m_format(new QComboBox(this))
    , m_override(new QLabel(this))
    , m_mixed(new QLabel(this))
    , m_files(new QTreeWidget(this))
    , m_previewLabel(new QLabel(this))
    , m_preview(new QTreeWidget(this))
    , m_previewError(new QLabel(this))
{
    setTitle(tr("Detected Format"));
    setSubTitle(tr("Cutover looked at the first records. Check the preview; if the guess is "
                   "wrong, choose the format yourself."));
    m_detected->setObjectName(u"detection"_s);
    m_detected->setWordWrap(true);
    m_detected->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_evidence->setObjectName(u"evidence"_s);
    m_evidence->setWordWrap(true);
    m_evidence->setSelectionMode(QAbstractItemView::NoSelection);
    m_evidence->setFocusPolicy(Qt::NoFocus);
    m_format->setObjectName(u"sourceFormat"_s);
    for (const Convert::FormatSpec &spec : ConversionSetup::allSpecs())
        m_format->addItem(ConversionSetup::specTitle(spec), ConversionSetup::specKey(spec));
    m_override->setObjectName(u"overrideNote"_s);
    markAsWarning(m_override);
    m_override->hide();
    m_mixed->setObjectName(u"mixedFormats"_s);
    m_mixed->setWordWrap(true);
    markAsError(m_mixed);
    m_mixed->hide();
    m_files->setObjectName(u"fileDetections"_s);
    m_files->setRootIsDecorated(false);
    m_files->setHeaderLabels({tr("File"), tr("Detected as"), tr("Confidence")});
    m_files->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_files->setMaximumHeight(fontMetrics().height() * 7);
    m_files->hide();
    m_previewLabel->setObjectName(u"previewLabel"_s);
    m_preview->setObjectName(u"preview"_s);
    m_preview->setColumnCount(2);
    m_preview->setHeaderLabels({tr("Record / Role"), tr("Content")});
    m_preview->setUniformRowHeights(false);
    m_preview->setWordWrap(true);
    m_preview->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_preview->header()->setStretchLastSection(true);
    m_previewError->setObjectName(u"previewError"_s);
    markAsError(m_previewError);
    m_previewError->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Detected:"), m_detected);
    form->addRow(tr("&Read as:"), m_format);
    form->addRow(QString(), m_override);
    form->addRow(QString(), m_mixed);

    auto *evidenceBox = new QWidget(this);
    auto *evidenceLayout = new QVBoxLayout(evidenceBox);
    evidenceLayout->setContentsMargins(0, 0, 0, 0);
    evidenceLayout->addWidget(new QLabel(tr("Evidence:"), evidenceBox));
    evidenceLayout->addWidget(m_evidence);
    auto *previewBox = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewLabel);
    previewLayout->addWidget(m_previewError);
    previewLayout->addWidget(m_preview, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(evidenceBox);
    split->addWidget(previewBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_files);
    layout->addWidget(split, 1);

    connect(m_format, &QComboBox::currentIndexChanged, this, &DetectPage::formatChosen);
    // a choice by hand (even of the preselected entry) applies to every file
    connect(m_format, &QComboBox::activated, this, [this] {
        m_userChose = true;
        m_mixed->setVisible(false);
        Q_EMIT completeChanged();
    });
}

void DetectPage::initializePage()
{
    if (m_detectedFor == m_setup->inputPaths && (m_setup->detection || m_mixedFormats))
        return; // back from a later page: keep the user's choice
    m_detectedFor = m_setup->inputPaths;
    m_userChose = false;
    m_mixedFormats = false;
    m_evidence->clear();
    m_files->clear();
    m_mixed->hide();
    m_setup->detection.reset();
    m_setup->fileDetections.clear();
    const QStringList &paths = m_setup->inputPaths;
    QList<Convert::Detection> perFile;
    QString problem;
    for (const QString &path : paths) {
        auto d = Convert::detectFile(path);
        if (!d) {
            problem = d.error().message;
            break;
        }
        perFile.append(d.value());
    }
    if (!problem.isEmpty()) {
        m_detected->setText(tr("Not detected: %1").arg(problem));
    } else {
        m_setup->fileDetections = perFile;
        auto agreed = Convert::agreedDetection(paths, perFile);
        if (agreed) {
            const Convert::Detection &d = agreed.value();
            m_setup->detection = d;
            m_setup->from = {d.format, d.container};
            m_detected->setText(
                    tr("%1, confidence %2% (%3 of %4 records sampled were valid JSON)")
                            .arg(ConversionSetup::specTitle(m_setup->from))
                            .arg(qRound(d.confidence * 100))
                            .arg(QLocale().toString(d.parsed), QLocale().toString(d.sampled)));
            for (const QString &e : perFile.constFirst().evidence)
                m_evidence->addItem(e);
        } else {
            // every file is shown with its own guess; the first one's is preselected
            m_mixedFormats = true;
            const Convert::Detection &first = perFile.constFirst();
            m_setup->from = {first.format, first.container};
            m_detected->setText(tr("The files hold different formats."));
            m_mixed->setText(agreed.error().message);
            m_mixed->show();
            for (const QString &e : first.evidence)
                m_evidence->addItem(e);
        }
        showDetections();
    }
    {
        const QSignalBlocker block(m_format);
        m_format->setCurrentIndex(m_format->findData(ConversionSetup::specKey(m_setup->from)));
    }
    formatChosen();
}

void DetectPage::showDetections()
{
    m_files->clear();
    const QStringList &paths = m_setup->inputPaths;
    const QList<Convert::Detection> &perFile = m_setup->fileDetections;
    m_files->setVisible(paths.size() > 1 && perFile.size() == paths.size());
    if (!m_files->isVisibleTo(this))
        return;
    const auto &first = perFile.constFirst();
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const Convert::Detection &d = perFile.at(i);
        auto *item = new QTreeWidgetItem(m_files);
        item->setText(0, QFileInfo(paths.at(i)).fileName());
        item->setToolTip(0, paths.at(i));
        if (d.sampled == 0) {
            item->setText(1, tr("empty"));
            continue;
        }
        item->setText(1, ConversionSetup::specTitle({d.format, d.container}));
        item->setText(2, tr("%1%").arg(qRound(d.confidence * 100)));
        if (d.format != first.format || d.container != first.container) {
            item->setForeground(1, QColor(0xb3, 0x26, 0x1e));
            item->setData(0, Qt::UserRole, true); // differs
        }
    }
}

void DetectPage::formatChosen()
{
    const Convert::FormatSpec spec = ConversionSetup::specFromKey(m_format->currentData().toInt());
    const bool differs = m_setup->detection
                         && (spec.format != m_setup->detection->format
                             || spec.container != m_setup->detection->container);
    m_override->setText(m_setup->inputPaths.size() > 1
                                ? tr("Overridden: every file is read as %1, not as detected.")
                                          .arg(ConversionSetup::specTitle(spec))
                                : tr("Overridden: the file is read as %1, not as detected.")
                                          .arg(ConversionSetup::specTitle(spec)));
    m_override->setVisible(differs);
    m_mixed->setVisible(m_mixedFormats && !m_userChose);
    if (spec.format != m_setup->from.format || spec.container != m_setup->from.container) {
        m_setup->from = spec;
        m_setup->invalidate();
    }
    refreshPreview();
    Q_EMIT completeChanged();
}

void DetectPage::refreshPreview()
{
    m_preview->clear();
    const QString first = m_setup->firstInput();
    m_previewLabel->setText(
            m_setup->inputPaths.size() > 1
                    ? tr("First records of %1, as parsed:").arg(QFileInfo(first).fileName())
                    : tr("First records, as parsed:"));
    auto records = Convert::previewFile(first, m_setup->from.format, m_setup->from.container);
    if (!records) {
        m_previewError->setText(records.error().message);
        m_previewError->show();
        return;
    }
    m_previewError->hide();
    const QLocale locale;
    for (const Convert::PreviewRecord &r : records.value()) {
        auto *top = new QTreeWidgetItem(m_preview);
        QString head = tr("Line %1").arg(locale.toString(qulonglong(r.line)));
        if (!r.id.isEmpty())
            head += u"  "_s + r.id;
        top->setText(0, head);
        if (!r.ok) {
            top->setText(1, tr("Would be rejected: %1").arg(r.error));
            top->setForeground(1, QColor(0xb3, 0x26, 0x1e));
            continue;
        }
        const int n = int(r.messages.size());
        QString what = n == 1 ? tr("%n message", nullptr, n) : tr("%n messages", nullptr, n);
        if (r.tools > 0)
            what += u", "_s
                    + (r.tools == 1 ? tr("%n tool definition", nullptr, r.tools)
                                    : tr("%n tool definitions", nullptr, r.tools));
        top->setText(1, what);
        for (const Convert::PreviewMessage &m : r.messages) {
            auto *child = new QTreeWidgetItem(top);
            child->setText(0, m.role);
            QString text = m.text;
            if (!m.parts.isEmpty())
                text += (text.isEmpty() ? QString() : u"  "_s) + u'[' + m.parts.join(u", "_s)
                        + u']';
            child->setText(1, text);
            child->setToolTip(1, text);
        }
        top->setExpanded(true);
    }
}

bool DetectPage::isComplete() const
{
    return m_format->currentIndex() >= 0 && (!m_mixedFormats || m_userChose);
}

} // namespace Cutover
