// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspaceinfo.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace sales {

QJsonObject WorkspaceInfo::toJson() const
{
    QJsonObject o{
        {u"format"_s, 1},
        {u"id"_s, id},
        {u"name"_s, name},
        {u"custody"_s, custody == KeyCustody::Keychain ? u"keychain"_s : u"passphrase"_s},
        {u"keyCheck"_s, keyCheck},
        {u"createdAt"_s, createdAt.toUTC().toString(Qt::ISODate)},
        {u"demo"_s, demo},
    };
    if (kdf)
        o.insert(u"kdf"_s, kdf->toJson());
    if (!server.isEmpty())
        o.insert(u"server"_s, server);
    return o;
}

Expected<WorkspaceInfo> WorkspaceInfo::fromJson(const QJsonObject &o)
{
    auto bad = [](const QString &what) {
        return Result::failure(WorkspaceDir::tr("工作区描述文件无效：%1").arg(what));
    };
    if (o.value(u"format"_s).toInt() != 1)
        return bad(WorkspaceDir::tr("未知的格式版本"));
    WorkspaceInfo info;
    info.id = o.value(u"id"_s).toString();
    info.name = o.value(u"name"_s).toString();
    info.keyCheck = o.value(u"keyCheck"_s).toString();
    info.createdAt = QDateTime::fromString(o.value(u"createdAt"_s).toString(), Qt::ISODate);
    info.demo = o.value(u"demo"_s).toBool();
    info.server = o.value(u"server"_s).toString();
    if (info.id.isEmpty() || info.keyCheck.size() != 64)
        return bad(WorkspaceDir::tr("缺少标识或密钥校验值"));
    const QString custody = o.value(u"custody"_s).toString();
    if (custody == u"keychain"_s) {
        info.custody = KeyCustody::Keychain;
    } else if (custody == u"passphrase"_s) {
        info.custody = KeyCustody::Passphrase;
        info.kdf = KdfParams::fromJson(o.value(u"kdf"_s).toObject());
        if (!info.kdf)
            return bad(WorkspaceDir::tr("口令派生参数无效"));
    } else {
        return bad(WorkspaceDir::tr("未知的密钥保管方式"));
    }
    return info;
}

QString WorkspaceDir::defaultDemoRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/workspaces/demo"_s;
}

QString WorkspaceDir::replicaPath() const
{
    return m_root + u"/replica.db"_s;
}

QString WorkspaceDir::infoPath() const
{
    return m_root + u"/workspace.json"_s;
}

bool WorkspaceDir::hasInfo() const
{
    return QFile::exists(infoPath());
}

bool WorkspaceDir::hasReplica() const
{
    return QFile::exists(replicaPath());
}

Expected<WorkspaceInfo> WorkspaceDir::readInfo() const
{
    QFile file(infoPath());
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(tr("无法读取工作区描述文件 %1：%2").arg(infoPath(), file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(64 * 1024), &parseError);
    if (!doc.isObject())
        return Result::failure(tr("工作区描述文件已损坏：%1").arg(parseError.errorString()));
    return WorkspaceInfo::fromJson(doc.object());
}

Result WorkspaceDir::writeInfo(const WorkspaceInfo &info) const
{
    if (!QDir().mkpath(m_root))
        return Result::failure(tr("无法创建工作区目录 %1").arg(m_root));
    // A workspace holds customer data: only its user may list or open it.
    QFile::setPermissions(m_root, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile file(infoPath());
    if (file.open(QIODevice::WriteOnly))
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!file.isOpen() || file.write(QJsonDocument(info.toJson()).toJson()) < 0 || !file.commit())
        return Result::failure(tr("无法写入工作区描述文件：%1").arg(file.errorString()));
    return Result::success(info.id);
}

} // namespace sales
