#include "ui/endpoints/endpointsmodel.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace Cutover {

EndpointsModel::EndpointsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void EndpointsModel::setEndpoints(const QList<Endpoint> &endpoints)
{
    beginResetModel();
    m_endpoints = endpoints;
    endResetModel();
}

int EndpointsModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_endpoints.size(); ++i) {
        if (m_endpoints.at(i).name == name)
            return i;
    }
    return -1;
}

QString EndpointsModel::roleLabel(EndpointRole role)
{
    switch (role) {
    case EndpointRole::Baseline:
        return tr("Baseline");
    case EndpointRole::Candidate:
        return tr("Candidate");
    case EndpointRole::Other:
        break;
    }
    return tr("Other");
}

QString EndpointsModel::protocolLabel(EndpointProtocol protocol)
{
    return protocol == EndpointProtocol::Anthropic ? tr("Anthropic Messages")
                                                   : tr("OpenAI Chat Completions");
}

int EndpointsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_endpoints.size());
}

int EndpointsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EndpointsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Endpoint &e = m_endpoints.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name:
            return e.name;
        case Role:
            return roleLabel(e.role);
        case Protocol:
            return protocolLabel(e.protocol);
        case Model:
            return e.model;
        case BaseUrl:
            return e.baseUrl;
        default:
            return {};
        }
    }
    if (role == Qt::FontRole && index.column() == Role && e.role != EndpointRole::Other) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::AccessibleTextRole && index.column() == Name)
        return e.name;
    return {};
}

QVariant EndpointsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    case Protocol:
        return tr("Protocol");
    case Model:
        return tr("Model");
    case BaseUrl:
        return tr("Base URL");
    default:
        return {};
    }
}

} // namespace Cutover
