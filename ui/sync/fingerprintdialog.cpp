// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/fingerprintdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sales {

FingerprintDialog::FingerprintDialog(const QString &host, const QByteArray &sha256, QWidget *parent)
    : QDialog(parent), m_sha256(sha256)
{
    build(host);
}

FingerprintDialog::FingerprintDialog(const QString &host, const QByteArray &sha256, const QByteArray &pinnedSha256,
                                     QWidget *parent)
    : QDialog(parent), m_sha256(sha256), m_pinned(pinnedSha256)
{
    build(host);
}

QString FingerprintDialog::formatFingerprint(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

void FingerprintDialog::addFingerprint(QVBoxLayout *layout, const QString &caption, const QByteArray &sha256,
                                       const QString &objectName)
{
    layout->addWidget(new QLabel(caption, this));
    // Two lines of 16 pairs: easier to compare piece by piece than one long line.
    const QString text = formatFingerprint(sha256);
    const qsizetype half = sha256.size() / 2 * 3;
    auto *value = new QLabel(sha256.size() > 16 ? text.left(half - 1) + u'\n' + text.mid(half) : text, this);
    value->setObjectName(objectName);
    value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setContentsMargins(12, 4, 12, 4);
    layout->addWidget(value);
}

void FingerprintDialog::build(const QString &host)
{
    auto *layout = new QVBoxLayout(this);
    if (!isChanged()) {
        setWindowTitle(tr("确认服务器证书"));
        auto *intro = new QLabel(
            tr("第一次连接到 <b>%1</b>。请确认它就是你们公司的服务器：").arg(host.toHtmlEscaped()), this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
        addFingerprint(layout, tr("服务器证书的 SHA-256 指纹："), m_sha256, u"fingerprint"_s);
        auto *how = new QLabel(tr("请和管理员运行 sales-server init 时显示的“SHA-256 fingerprint”逐段核对"
                                  "（或者直接问管理员）。完全一致才选“信任此服务器”；"
                                  "有任何一处不同，请取消并联系管理员：连接可能被人冒充，密码和客户数据会泄露。"),
                               this);
        how->setObjectName(u"explanation"_s);
        how->setWordWrap(true);
        layout->addWidget(how);
    } else {
        setWindowTitle(tr("服务器证书已改变"));
        auto *warning = new QLabel(tr("警告：%1 现在出示的证书和之前信任的不一样！").arg(host), this);
        warning->setObjectName(u"warning"_s);
        warning->setWordWrap(true);
        warning->setStyleSheet(u"color: #c62828; font-weight: bold;"_s);
        layout->addWidget(warning);
        auto *why = new QLabel(tr("可能是管理员更换了服务器证书，也可能是有人冒充服务器，想截获你的密码和客户数据。"
                                  "在和管理员核对新指纹之前，请不要继续。"),
                               this);
        why->setObjectName(u"explanation"_s);
        why->setWordWrap(true);
        layout->addWidget(why);
        addFingerprint(layout, tr("之前信任的指纹："), m_pinned, u"pinnedFingerprint"_s);
        addFingerprint(layout, tr("现在收到的指纹："), m_sha256, u"fingerprint"_s);
        m_confirm = new QCheckBox(tr("我已和管理员核对，改用新证书(&V)"), this);
        m_confirm->setObjectName(u"confirmChange"_s);
        layout->addWidget(m_confirm);
    }

    auto *buttons = new QDialogButtonBox(this);
    m_trust = buttons->addButton(isChanged() ? tr("改用新证书(&T)") : tr("信任此服务器(&T)"),
                                 QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(u"trustButton"_s);
    m_trust->setAutoDefault(false);
    m_cancel = buttons->addButton(tr("取消"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_trust->isEnabled() && m_trust->isVisible())
            QDialog::accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (m_confirm) {
        m_trust->setEnabled(false);
        m_trust->setVisible(false);
        connect(m_confirm, &QCheckBox::toggled, this, [this](bool on) {
            m_trust->setEnabled(on);
            m_trust->setVisible(on);
        });
        setTabOrder(m_confirm, m_trust);
        setTabOrder(m_trust, m_cancel);
    } else {
        setTabOrder(m_trust, m_cancel);
    }
    m_cancel->setFocus();
}

} // namespace sales
