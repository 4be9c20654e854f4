#include "ui/runs/casesmodel.h"

#include "core/project/projectfile.h"
#include "core/runs/assertion.h"

#include <QAtomicInt>
#include <QFuture>
#include <QLocale>
#include <QSqlError>
#include <QtConcurrent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Cutover {

struct CasesModel::Snapshot
{
    QList<qint64> ids;
    QStringList variables;
    QStringList tags;
    QString error;
};

namespace {

QAtomicInt s_readerSerial;

// Reads ids, variable names and tags on a read-only connection of the
// calling (worker) thread.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::CasesModel)
};

CasesModel::Snapshot readSnapshot(const QString &path, const CaseStore::Filter &filter)
{
    CasesModel::Snapshot s;
    const QString name = u"cutover-cases-reader-%1"_s.arg(s_readerSerial.fetchAndAddRelaxed(1));
    if (Result<QSqlDatabase> db = ProjectFile::openReadConnection(path, name); !db) {
        s.error = Tr::tr("The test cases could not be read: %1").arg(db.error().message);
    } else {
        auto ids = CaseStore::ids(db.value(), filter);
        auto variables = CaseStore::variableNames(db.value());
        auto tags = CaseStore::tags(db.value());
        if (!ids || !variables || !tags) {
            s.error = !ids         ? ids.error().message
                      : !variables ? variables.error().message
                                   : tags.error().message;
        } else {
            s.ids = std::move(ids).value();
            s.variables = std::move(variables).value();
            s.tags = std::move(tags).value();
        }
    }
    ProjectFile::closeAdditionalConnection(name);
    return s;
}

QString tagsText(const QStringList &tags)
{
    return tags.join(u", "_s);
}

QStringList parseTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(QRegularExpression(u"[,;]"_s))) {
        const QString t = part.trimmed();
        if (!t.isEmpty() && !tags.contains(t))
            tags.append(t);
    }
    return tags;
}

QString assertionsSummary(const TestCase &c)
{
    if (c.assertions.isEmpty())
        return QString();
    if (c.assertions.size() == 1)
        return Assertions::describe(c.assertions.constFirst());
    return CasesModel::tr("%n assertion(s): %1", nullptr, int(c.assertions.size()))
            .arg(Assertions::describe(c.assertions.constFirst()) + u", …"_s);
}

} // namespace

CasesModel::CasesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

CasesModel::~CasesModel() = default;

void CasesModel::setDatabase(QSqlDatabase db, const QString &path)
{
    m_db = std::move(db);
    m_path = path;
    reload();
}

void CasesModel::setFilter(const CaseStore::Filter &filter)
{
    m_filter = filter;
    reload();
}

void CasesModel::reload()
{
    if (m_path.isEmpty())
        return;
    const int generation = ++m_generation;
    m_loading = true;
    QtConcurrent::run(readSnapshot, m_path, m_filter)
            .then(this, [this, generation](const Snapshot &s) { applySnapshot(generation, s); });
}

void CasesModel::applySnapshot(int generation, const Snapshot &snapshot)
{
    if (generation != m_generation)
        return; // a later reload is on its way
    m_loading = false;
    if (!snapshot.error.isEmpty()) {
        Q_EMIT loadFailed(snapshot.error);
        return;
    }
    beginResetModel();
    m_ids = snapshot.ids;
    m_variables = snapshot.variables;
    for (const QString &extra : std::as_const(m_extraVariables)) {
        if (!m_variables.contains(extra))
            m_variables.append(extra);
    }
    m_tags = snapshot.tags;
    dropPages();
    endResetModel();
    Q_EMIT reloaded();
}

void CasesModel::dropPages()
{
    m_pages.clear();
    m_recent.clear();
}

int CasesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int CasesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : thresholdColumn() + 1;
}

int CasesModel::variableColumn(const QString &name) const
{
    const qsizetype i = m_variables.indexOf(name);
    return i < 0 ? -1 : int(i) + 1;
}

void CasesModel::addVariableColumn(const QString &name)
{
    if (name.isEmpty() || m_variables.contains(name))
        return;
    if (!m_extraVariables.contains(name))
        m_extraVariables.append(name);
    const int column = referenceColumn();
    beginInsertColumns({}, column, column);
    m_variables.append(name);
    endInsertColumns();
}

qint64 CasesModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int CasesModel::rowOf(qint64 id) const
{
    const auto it = std::lower_bound(m_ids.cbegin(), m_ids.cend(), id);
    return it != m_ids.cend() && *it == id ? int(it - m_ids.cbegin()) : -1;
}

const TestCase *CasesModel::cached(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const int page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        const int first = page * kPageSize;
        const int last = std::min(int(m_ids.size()), first + kPageSize);
        auto cases = CaseStore::load(m_db, m_ids.mid(first, last - first));
        if (!cases) {
            m_pageError = cases.error().message;
            return nullptr;
        }
        // Cases removed meanwhile by someone else are missing: keep rows aligned.
        QList<TestCase> rows;
        rows.reserve(last - first);
        qsizetype k = 0;
        for (int r = first; r < last; ++r) {
            if (k < cases->size() && cases->at(k).id == m_ids.at(r)) {
                rows.append(cases->at(k++));
            } else {
                TestCase gone;
                gone.id = m_ids.at(r);
                rows.append(gone);
            }
        }
        while (m_pages.size() >= kMaxPages && !m_recent.isEmpty())
            m_pages.remove(m_recent.takeFirst());
        it = m_pages.insert(page, rows);
        m_recent.append(page);
    } else if (m_recent.constLast() != page) {
        m_recent.removeOne(page);
        m_recent.append(page);
    }
    return &it.value()[row - page * kPageSize];
}

Result<TestCase> CasesModel::caseAt(int row) const
{
    if (const TestCase *c = cached(row))
        return *c;
    return makeError(ErrorKind::Io,
                     m_pageError.isEmpty() ? tr("There is no row %1.").arg(row) : m_pageError);
}

QVariant CasesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == CaseIdRole)
        return idAt(index.row());
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole
        && role != Qt::TextAlignmentRole)
        return {};
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return column == 0 || column == thresholdColumn()
                       ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                       : QVariant();
    if (column == 0)
        return role == Qt::ToolTipRole ? QVariant() : QVariant(idAt(index.row()));
    const TestCase *c = cached(index.row());
    if (!c)
        return role == Qt::DisplayRole ? QVariant(tr("(cannot be read)")) : QVariant();
    if (column < referenceColumn()) {
        const QString name = m_variables.at(column - 1);
        const auto it = c->variables.constFind(name);
        if (it == c->variables.cend())
            return {};
        if (role == Qt::DisplayRole)
            return QString(it.value()).replace(u'\n', u' ');
        return it.value();
    }
    if (column == referenceColumn()) {
        if (!c->reference)
            return {};
        return role == Qt::DisplayRole ? QString(*c->reference).replace(u'\n', u' ')
                                       : *c->reference;
    }
    if (column == tagsColumn())
        return tagsText(c->tags);
    if (column == assertionsColumn()) {
        if (role == Qt::ToolTipRole) {
            QStringList lines;
            for (const Assertion &a : c->assertions)
                lines.append(tr("%1 (weight %2)")
                                     .arg(Assertions::describe(a), QLocale().toString(a.weight)));
            return lines.join(u'\n');
        }
        return assertionsSummary(*c);
    }
    if (column == thresholdColumn()) {
        if (role == Qt::EditRole)
            return c->passThreshold;
        return QLocale().toString(c->passThreshold, 'g', 3);
    }
    return {};
}

std::optional<TestCase> CasesModel::edited(const QModelIndex &index, const QVariant &value) const
{
    const TestCase *c = cached(index.row());
    if (!c)
        return std::nullopt;
    TestCase after = *c;
    const int column = index.column();
    if (column >= 1 && column < referenceColumn()) {
        after.variables.insert(m_variables.at(column - 1), value.toString());
    } else if (column == referenceColumn()) {
        const QString text = value.toString();
        if (text.isEmpty())
            after.reference.reset();
        else
            after.reference = text;
    } else if (column == tagsColumn()) {
        after.tags = parseTags(value.toString());
    } else if (column == thresholdColumn()) {
        bool ok = false;
        double t = value.toDouble(&ok);
        if (!ok)
            t = QLocale().toDouble(value.toString(), &ok);
        if (!ok || !(t >= 0.0 && t <= 1.0))
            return std::nullopt;
        after.passThreshold = t;
    } else {
        return std::nullopt;
    }
    return after;
}

bool CasesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || m_readOnly
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const TestCase *row = cached(index.row());
    const std::optional<TestCase> after = edited(index, value);
    if (!row || !after)
        return false;
    const TestCase before = *row; // a copy: storing updates the cached row
    if (*after == before)
        return true;
    if (m_editHandler)
        return m_editHandler(before, *after);
    const Result<void> stored = storeCase(*after);
    if (!stored)
        Q_EMIT writeFailed(stored.error().message);
    return stored.ok();
}

Qt::ItemFlags CasesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!m_readOnly && index.column() != 0 && index.column() != assertionsColumn())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant CasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section >= 1 && section < referenceColumn())
        return tr("The variable {{%1}}").arg(m_variables.at(section - 1));
    if (role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Id");
    if (section < referenceColumn())
        return m_variables.at(section - 1);
    if (section == referenceColumn())
        return tr("Reference");
    if (section == tagsColumn())
        return tr("Tags");
    if (section == assertionsColumn())
        return tr("Assertions");
    return tr("Pass Threshold");
}

Result<void> CasesModel::storeCase(const TestCase &testCase)
{
    if (auto r = CaseStore::update(m_db, testCase); !r)
        return r;
    const int row = rowOf(testCase.id);
    if (row >= 0) {
        auto it = m_pages.find(row / kPageSize);
        if (it != m_pages.end())
            it.value()[row % kPageSize] = testCase;
        for (const QString &t : testCase.tags) {
            if (!m_tags.contains(t)) {
                m_tags.append(t);
                m_tags.sort();
            }
        }
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
    return {};
}

void CasesModel::mergeVariables(const QList<TestCase> &cases)
{
    QStringList added;
    for (const TestCase &c : cases) {
        for (auto it = c.variables.cbegin(); it != c.variables.cend(); ++it) {
            if (!m_variables.contains(it.key()) && !added.contains(it.key()))
                added.append(it.key());
        }
    }
    if (added.isEmpty())
        return;
    const int column = referenceColumn();
    beginInsertColumns({}, column, column + int(added.size()) - 1);
    m_variables.append(added);
    endInsertColumns();
}

void CasesModel::insertIds(const QList<qint64> &ids)
{
    QList<qint64> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    if (sorted.size() > 1000) {
        beginResetModel();
        for (qint64 id : std::as_const(sorted)) {
            if (rowOf(id) < 0)
                m_ids.insert(std::lower_bound(m_ids.begin(), m_ids.end(), id) - m_ids.begin(), id);
        }
        dropPages();
        endResetModel();
        return;
    }
    for (qint64 id : std::as_const(sorted)) {
        if (rowOf(id) >= 0)
            continue;
        const int row = int(std::lower_bound(m_ids.cbegin(), m_ids.cend(), id) - m_ids.cbegin());
        beginInsertRows({}, row, row);
        m_ids.insert(row, id);
        dropPages(); // rows after `row` moved
        endInsertRows();
    }
}

Result<QList<qint64>> CasesModel::addCases(const QList<TestCase> &cases)
{
    auto ids = CaseStore::add(m_db, cases);
    if (!ids)
        return ids;
    mergeVariables(cases);
    insertIds(ids.value());
    return ids;
}

Result<void> CasesModel::restoreCases(const QList<TestCase> &cases)
{
    if (auto r = CaseStore::restore(m_db, cases); !r)
        return r;
    mergeVariables(cases);
    QList<qint64> ids;
    ids.reserve(cases.size());
    for (const TestCase &c : cases)
        ids.append(c.id);
    insertIds(ids);
    return {};
}

Result<void> CasesModel::removeCases(const QList<qint64> &ids)
{
    if (auto r = CaseStore::remove(m_db, ids); !r)
        return r.error();
    QList<int> rows;
    for (qint64 id : ids) {
        if (const int row = rowOf(id); row >= 0)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    if (rows.size() > 1000) {
        beginResetModel();
        for (int row : std::as_const(rows))
            m_ids.removeAt(row);
        dropPages();
        endResetModel();
        return {};
    }
    // Contiguous runs, last first, so that earlier rows keep their numbers.
    qsizetype i = 0;
    while (i < rows.size()) {
        const int last = rows.at(i);
        int first = last;
        while (i + 1 < rows.size() && rows.at(i + 1) == first - 1) {
            ++i;
            --first;
        }
        ++i;
        beginRemoveRows({}, first, last);
        m_ids.remove(first, last - first + 1);
        dropPages();
        endRemoveRows();
    }
    return {};
}

} // namespace Cutover
