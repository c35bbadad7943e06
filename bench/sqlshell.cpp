// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlshell.h"

#include <QMetaType>
#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sales::bench {

SqlShell::SqlShell(QString dbPath, QString keyHex, int cacheKiB, QString program)
    : m_dbPath(std::move(dbPath)), m_keyHex(std::move(keyHex)), m_cacheKiB(cacheKiB), m_program(std::move(program))
{
}

QString SqlShell::inlined(const QString &sql, const QVariantList &values)
{
    QString out;
    qsizetype next = 0;
    bool inString = false;
    for (const QChar c : sql) {
        if (c == u'\'')
            inString = !inString;
        if (c != u'?' || inString) {
            out += c;
            continue;
        }
        const QVariant v = values.value(next++);
        const int type = v.metaType().id();
        if (v.isNull())
            out += u"NULL"_s;
        else if (type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::UInt
                 || type == QMetaType::ULongLong)
            out += QString::number(v.toLongLong());
        else
            out += u'\'' + v.toString().replace(u'\'', u"''"_s) + u'\'';
    }
    return out;
}

QList<double> SqlShell::time(const QStringList &statements)
{
    // The same connection settings as ReplicaConnection; the first count reads
    // the schema and checks the key before the timer starts.
    QString script = u"PRAGMA key = \"x'%1'\";\nPRAGMA cipher_page_size = 4096;\n"
                     u"PRAGMA cache_size = -%2;\nPRAGMA temp_store = MEMORY;\nPRAGMA foreign_keys = ON;\n"
                     u"PRAGMA synchronous = NORMAL;\n"
                     u".output /dev/null\nSELECT count(*) FROM sqlite_master;\n.timer on\n"_s
                         .arg(m_keyHex)
                         .arg(m_cacheKiB);
    for (const QString &s : statements) {
        QString statement = s.trimmed(); // multi-line statements stay as they are (comments end at a newline)
        while (statement.endsWith(u';'))
            statement.chop(1);
        script += statement + u";\n"_s;
    }
    QProcess shell;
    shell.start(m_program, {m_dbPath});
    if (!shell.waitForStarted(5000)) {
        m_errorText = u"cannot start %1: %2"_s.arg(m_program, shell.errorString());
        return {};
    }
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    if (!shell.waitForFinished(600000)) {
        m_errorText = u"%1 did not finish"_s.arg(m_program);
        shell.kill();
        return {};
    }
    QList<double> times;
    static const QRegularExpression runTime(u"^Run Time: real ([0-9.]+)"_s, QRegularExpression::MultilineOption);
    auto it = runTime.globalMatch(QString::fromUtf8(shell.readAllStandardOutput()));
    while (it.hasNext())
        times.append(it.next().captured(1).toDouble() * 1000.0);
    const QString errors = QString::fromUtf8(shell.readAllStandardError()).trimmed();
    if (times.size() != statements.size()) {
        m_errorText = u"%1 timed %2 of %3 statements: %4"_s.arg(m_program).arg(times.size()).arg(statements.size())
                          .arg(errors.left(300));
        return {};
    }
    return times;
}

} // namespace sales::bench
