#include "ui/compare/promptcasepicker.h"

#include "core/project/project.h"
#include "core/project/projectfile.h"
#include "core/prompts/promptrender.h"
#include "core/prompts/promptstore.h"
#include "core/runs/casestore.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Cutover {
namespace {

QString caseLabel(const TestCase &c)
{
    QStringList parts;
    for (auto it = c.variables.cbegin(); it != c.variables.cend(); ++it)
        parts.append(u"%1 = %2"_s.arg(it.key(), it.value().simplified().left(60)));
    return PromptCasePicker::tr("Case %1: %2").arg(c.id).arg(parts.join(u" · "_s));
}

} // namespace

PromptCasePicker::PromptCasePicker(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_prompts(new QComboBox(this))
    , m_versions(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_cases(new QComboBox(this))
    , m_info(new QLabel(this))
{
    for (QComboBox *combo : {m_prompts, m_versions, m_cases})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_prompts->setMinimumContentsLength(16);
    m_versions->setMinimumContentsLength(10);
    m_cases->setMinimumContentsLength(24);
    m_search->setPlaceholderText(tr("Search cases by id or text"));
    m_search->setClearButtonEnabled(true);
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::PlainText);

    auto *promptLabel = new QLabel(tr("&Prompt:"), this);
    promptLabel->setBuddy(m_prompts);
    auto *versionLabel = new QLabel(tr("Ve&rsion:"), this);
    versionLabel->setBuddy(m_versions);
    auto *caseLabelWidget = new QLabel(tr("Ca&se:"), this);
    caseLabelWidget->setBuddy(m_search);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(promptLabel, 0, 0);
    grid->addWidget(m_prompts, 0, 1);
    grid->addWidget(versionLabel, 0, 2);
    grid->addWidget(m_versions, 0, 3);
    grid->addWidget(caseLabelWidget, 1, 0);
    grid->addWidget(m_search, 1, 1);
    grid->addWidget(m_cases, 1, 2, 1, 2);
    grid->addWidget(m_info, 2, 0, 1, 4);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(3, 3);

    connect(m_prompts, &QComboBox::currentIndexChanged, this, &PromptCasePicker::promptChosen);
    connect(m_versions, &QComboBox::currentIndexChanged, this, [this] {
        updateInfo();
        Q_EMIT changed();
    });
    connect(m_search, &QLineEdit::textChanged, this, &PromptCasePicker::fillCases);
    connect(m_cases, &QComboBox::currentIndexChanged, this, [this] {
        updateInfo();
        Q_EMIT changed();
    });
    if (m_project) {
        connect(m_project, &Project::promptsChanged, this, &PromptCasePicker::projectChanged);
        connect(m_project, &Project::casesChanged, this, &PromptCasePicker::projectChanged);
    }
}

void PromptCasePicker::projectChanged()
{
    // Edits in the Cases pane come one by one: re-read only what is seen.
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void PromptCasePicker::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void PromptCasePicker::reload()
{
    if (!m_project)
        return;
    m_stale = false;
    QSqlDatabase db = m_project->file()->database();
    const QString keepPrompt = promptName();
    const int keepVersion = promptVersion();
    Result<QList<PromptStore::PromptSummary>> prompts = PromptStore::list(db);
    {
        QSignalBlocker block(m_prompts);
        m_prompts->clear();
        if (prompts) {
            for (const PromptStore::PromptSummary &p : prompts.value())
                m_prompts->addItem(p.name, p.name);
        }
        m_prompts->setCurrentIndex(std::max(0, m_prompts->findData(keepPrompt)));
        if (m_prompts->count() == 0)
            m_prompts->setCurrentIndex(-1);
    }
    promptChosen();
    if (!keepPrompt.isEmpty() && keepPrompt == promptName() && keepVersion > 0)
        m_versions->setCurrentIndex(std::max(0, m_versions->findData(keepVersion)));

    Result<qint64> cases = CaseStore::count(db);
    m_caseCount = cases ? cases.value() : 0;
    fillCases();
    if (!prompts)
        m_info->setText(tr("The prompts could not be read: %1").arg(prompts.error().message));
}

void PromptCasePicker::promptChosen()
{
    m_prompt.reset();
    QSignalBlocker block(m_versions);
    m_versions->clear();
    if (m_project && m_prompts->currentIndex() >= 0) {
        Result<Prompt> loaded = PromptStore::load(m_project->file()->database(),
                                                  m_prompts->currentData().toString());
        if (loaded) {
            m_prompt = loaded.value();
            const QList<PromptVersion> &history = m_prompt->versions;
            for (auto it = history.crbegin(); it != history.crend(); ++it) {
                const QString label = it->note.isEmpty()
                                              ? tr("v%1").arg(it->number)
                                              : tr("v%1 · %2").arg(it->number).arg(it->note);
                m_versions->addItem(label, it->number);
            }
            m_versions->setCurrentIndex(m_versions->count() > 0 ? 0 : -1);
        } else {
            m_info->setText(loaded.error().message);
        }
    }
    updateInfo();
    Q_EMIT changed();
}

void PromptCasePicker::fillCases()
{
    const qint64 keep = m_cases->currentData().toLongLong();
    const QString needle = m_search->text().trimmed();
    m_listed.clear();
    qsizetype matched = 0;
    QString error;
    if (m_project) {
        // The matching ids in one query; only the listed cases are read.
        QSqlDatabase db = m_project->file()->database();
        QList<qint64> ids;
        bool isNumber = false;
        const qint64 wanted = needle.toLongLong(&isNumber);
        if (isNumber && wanted > 0 && CaseStore::load(db, wanted))
            ids.append(wanted); // a search for an id puts that case first
        Result<QList<qint64>> found = CaseStore::ids(db, CaseStore::Filter{needle, QString()});
        if (found) {
            matched = found->size() + (ids.isEmpty() || found->contains(wanted) ? 0 : 1);
            for (qint64 id : found.value()) {
                if (ids.size() >= kMaxListedCases)
                    break;
                if (id != wanted || !isNumber)
                    ids.append(id);
            }
        } else {
            error = found.error().message;
        }
        Result<QList<TestCase>> loaded = CaseStore::load(db, ids);
        if (loaded)
            m_listed = loaded.value();
        else
            error = loaded.error().message;
    }
    QSignalBlocker block(m_cases);
    m_cases->clear();
    for (const TestCase &c : std::as_const(m_listed))
        m_cases->addItem(caseLabel(c), c.id);
    int index = m_cases->findData(keep);
    if (!needle.isEmpty() || index < 0)
        index = m_cases->count() > 0 ? 0 : -1;
    m_cases->setCurrentIndex(index);
    m_cases->setToolTip(matched > m_listed.size()
                                ? tr("%1 of %2 matching cases listed; search to narrow them down")
                                          .arg(m_listed.size())
                                          .arg(matched)
                                : QString());
    block.unblock();
    updateInfo();
    if (!error.isEmpty())
        m_info->setText(tr("The test cases could not be read: %1").arg(error));
    Q_EMIT changed();
}

bool PromptCasePicker::selectPrompt(const QString &name, int version)
{
    const int index = m_prompts->findData(name);
    if (index < 0)
        return false;
    m_prompts->setCurrentIndex(index);
    if (m_prompts->currentData().toString() != name)
        return false;
    if (version > 0) {
        const int v = m_versions->findData(version);
        if (v < 0)
            return false;
        m_versions->setCurrentIndex(v);
    } else {
        m_versions->setCurrentIndex(m_versions->count() > 0 ? 0 : -1);
    }
    return true;
}

bool PromptCasePicker::selectCase(qint64 caseId)
{
    int index = m_cases->findData(caseId);
    if (index < 0) {
        m_search->setText(QString::number(caseId)); // lists it first
        index = m_cases->findData(caseId);
    }
    if (index < 0)
        return false;
    m_cases->setCurrentIndex(index);
    return true;
}

QString PromptCasePicker::promptName() const
{
    return m_prompt ? m_prompt->name : QString();
}

int PromptCasePicker::promptVersion() const
{
    return m_versions->currentIndex() >= 0 ? m_versions->currentData().toInt() : 0;
}

std::optional<TestCase> PromptCasePicker::currentCase() const
{
    const qint64 id = m_cases->currentData().toLongLong();
    for (const TestCase &c : m_listed)
        if (c.id == id)
            return c;
    return std::nullopt;
}

bool PromptCasePicker::isReady() const
{
    return m_prompt && promptVersion() > 0 && m_cases->currentIndex() >= 0;
}

Result<QList<ChatMessage>> PromptCasePicker::render(const QString &endpoint,
                                                    int *variantVersion) const
{
    if (variantVersion)
        *variantVersion = 0;
    const std::optional<TestCase> testCase = currentCase();
    if (!m_prompt || !testCase)
        return makeError(ErrorKind::BadInput, tr("Choose a prompt and a test case first."));
    const PromptVersion *version = nullptr;
    if (const PromptVariant *variant = m_prompt->variant(endpoint)) {
        version = PromptVersions::latest(variant->versions);
        if (version && variantVersion)
            *variantVersion = version->number;
    }
    if (!version)
        version = PromptVersions::find(m_prompt->versions, promptVersion());
    if (!version)
        return makeError(ErrorKind::BadInput, tr("The prompt \"%1\" has no version %2.")
                                                      .arg(m_prompt->name)
                                                      .arg(promptVersion()));
    return PromptRender::renderStrict(version->messages, testCase->variables);
}

QString PromptCasePicker::sourceText() const
{
    const std::optional<TestCase> testCase = currentCase();
    if (!m_prompt || !testCase)
        return QString();
    return tr("%1 v%2 · case %3").arg(m_prompt->name).arg(promptVersion()).arg(testCase->id);
}

void PromptCasePicker::updateInfo()
{
    if (m_prompts->count() == 0) {
        m_info->setText(tr("The project has no prompts yet. Add one in the Prompts pane."));
        return;
    }
    if (m_caseCount == 0) {
        m_info->setText(tr("The project has no test cases yet. Add or import them in the Cases "
                           "pane."));
        return;
    }
    if (m_cases->count() == 0) {
        m_info->setText(tr("No case matches \"%1\".").arg(m_search->text()));
        return;
    }
    QStringList lines;
    if (m_prompt && !m_prompt->variants.isEmpty()) {
        QStringList names;
        for (const PromptVariant &v : m_prompt->variants)
            names.append(v.endpointName);
        lines.append(tr("Endpoints with their own wording: %1").arg(names.join(u", "_s)));
    }
    if (const std::optional<TestCase> c = currentCase(); c && c->reference)
        lines.append(tr("Reference: %1").arg(c->reference->simplified().left(200)));
    m_info->setText(lines.join(u'\n'));
}

} // namespace Cutover
