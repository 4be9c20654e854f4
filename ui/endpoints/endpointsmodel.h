#pragma once

#include "core/endpoints/endpoint.h"

#include <QAbstractTableModel>

namespace Cutover {

// The project's endpoints as a read-only table: name, role, model, base URL,
// protocol. The Endpoints pane edits through EndpointStore and then hands the
// reloaded list to setEndpoints().
class EndpointsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Role, Model, BaseUrl, Protocol, ColumnCount };

    explicit EndpointsModel(QObject *parent = nullptr);

    void setEndpoints(const QList<Endpoint> &endpoints);
    const QList<Endpoint> &endpoints() const { return m_endpoints; }
    Endpoint endpoint(int row) const { return m_endpoints.value(row); }
    int rowOf(const QString &name) const; // -1 if absent

    static QString roleLabel(EndpointRole role);
    static QString protocolLabel(EndpointProtocol protocol);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Endpoint> m_endpoints;
};

} // namespace Cutover
