#pragma once

#include "core/runs/casestore.h"
#include "core/runs/testcase.h"
#include "core/util/result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace Cutover {

// The project's test cases as a table, loaded lazily: the ids of the cases
// that pass the filter (with the variable names and tags) are read off the GUI
// thread on a connection of its own; the cases themselves are read in pages of
// kPageSize rows when a view asks for them, and only the kMaxPages most
// recently used pages stay in memory. 100,000 cases open at once.
//
// Columns: id, one per variable name (sorted), reference, tags, assertions
// (a summary) and pass threshold. Variables, reference, tags and threshold
// are editable; setData() hands the edited case to the edit handler (the
// pane's undo stack), or stores it directly when there is none.
class CasesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 200;
    static constexpr int kMaxPages = 40;
    static constexpr int CaseIdRole = Qt::UserRole + 1;

    explicit CasesModel(QObject *parent = nullptr);
    ~CasesModel() override;

    // The project's main connection (edits, pages) and its file path (the
    // reader thread opens the file read-only). Starts a reload.
    void setDatabase(QSqlDatabase db, const QString &path);
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    // Re-reads ids, variable names and tags off the GUI thread; reloaded()
    // follows (or loadFailed()). Pages in memory are dropped.
    void reload();
    bool isLoading() const { return m_loading; }
    void setFilter(const CaseStore::Filter &filter);
    CaseStore::Filter filter() const { return m_filter; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Column layout.
    QStringList variableNames() const { return m_variables; }
    QStringList tags() const { return m_tags; }
    int variableColumn(const QString &name) const; // -1 if none
    int referenceColumn() const { return 1 + int(m_variables.size()); }
    int tagsColumn() const { return referenceColumn() + 1; }
    int assertionsColumn() const { return referenceColumn() + 2; }
    int thresholdColumn() const { return referenceColumn() + 3; }
    // A variable column no case has yet (e.g. before typing the first value).
    void addVariableColumn(const QString &name);

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const; // -1 if not listed
    // The case in `row` (reads its page if needed); an error if it cannot be read.
    Result<TestCase> caseAt(int row) const;
    int cachedPages() const { return int(m_pages.size()); }

    // The case as it would be after `value` is set in `index` (for setData and delegates).
    std::optional<TestCase> edited(const QModelIndex &index, const QVariant &value) const;

    // Writes: each stores the change and updates the rows shown.
    Result<void> storeCase(const TestCase &testCase);
    Result<QList<qint64>> addCases(const QList<TestCase> &cases);
    Result<void> restoreCases(const QList<TestCase> &cases);
    Result<void> removeCases(const QList<qint64> &ids);

    // setData() calls this with the case before and after instead of storing
    // it; the handler stores it (storeCase) and returns whether that worked.
    using EditHandler = std::function<bool(const TestCase &before, const TestCase &after)>;
    void setEditHandler(EditHandler handler) { m_editHandler = std::move(handler); }

    struct Snapshot; // what the reader thread hands over (casesmodel.cpp)

Q_SIGNALS:
    void reloaded();
    void loadFailed(const QString &message);
    // A write failed (translated message).
    void writeFailed(const QString &message);

private:
    void applySnapshot(int generation, const Snapshot &snapshot);
    const TestCase *cached(int row) const;
    void dropPages();
    void insertIds(const QList<qint64> &ids);
    void mergeVariables(const QList<TestCase> &cases);

    QSqlDatabase m_db;
    QString m_path;
    bool m_readOnly = false;
    CaseStore::Filter m_filter;
    QList<qint64> m_ids;
    QStringList m_variables;
    QStringList m_extraVariables;
    QStringList m_tags;
    mutable QHash<int, QList<TestCase>> m_pages; // page index → its cases
    mutable QList<int> m_recent;                 // page indexes, most recent last
    mutable QString m_pageError;
    int m_generation = 0;
    bool m_loading = false;
    EditHandler m_editHandler;
};

} // namespace Cutover
