// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicadamage.h"

#include "localstate.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace sales {

bool ReplicaDamage::isDamage(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == u"11"_s || code == u"26"_s;
}

QString ReplicaDamage::message(Server server, const QString &path)
{
    const QString what = tr("本地数据库文件已损坏，部分数据读不出来。读不全的内容不会显示，以免误导。"
                            "文件保持原样，未做任何改动。");
    const QString resync =
        tr("请从服务器重新同步此工作区：服务器上的数据会完整恢复；尚未上传的本地修改可能需要重新录入。");
    const QString keep = tr("请关闭程序，不要删除或改动该文件，将文件 %1 复制一份交给技术支持恢复。")
                             .arg(QDir::toNativeSeparators(path));
    switch (server) {
    case Server::Known:
        return what + u'\n' + resync;
    case Server::None:
        return what + u'\n' + tr("此工作区没有连接服务器，无法重新同步。") + keep;
    case Server::Unreadable:
        break;
    }
    // The setting itself is in the damaged part: both ways, each with its condition.
    return what + u'\n' + tr("如果此工作区连接了同步服务器：") + resync + u'\n' + tr("如果没有连接服务器：") + keep;
}

QString ReplicaDamage::messageFor(const QSqlDatabase &db)
{
    bool readable = false;
    const QString url = LocalState(db).value(LocalState::ServerUrl, &readable);
    return message(!readable ? Server::Unreadable : url.isEmpty() ? Server::None : Server::Known, db.databaseName());
}

} // namespace sales
