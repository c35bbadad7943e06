// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QInputMethodEvent>
#include <QLabel>
#include <QStringList>
#include <QWidget>
#include <QtTest>

// Helpers for driving dialogs the way a rep does: keyboard only.
namespace sales::test {

// Shows w and waits until it has keyboard focus.
inline bool showActive(QWidget &w)
{
    w.show();
    w.activateWindow();
    return QTest::qWaitForWindowActive(&w);
}

inline QString focusName()
{
    const QWidget *focus = QApplication::focusWidget();
    return focus ? focus->objectName() : QString();
}

// The object names focus visits on count presses of Tab, starting where it is.
inline QStringList tabChain(int count)
{
    QStringList names;
    for (int i = 0; i < count; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        names.append(focusName());
    }
    return names;
}

inline void tab()
{
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
}

// Types text into w as a rep would: ASCII as key presses, Chinese as an input
// method commits it (one QInputMethodEvent per run of characters), \n as Return.
inline void typeInto(QWidget *w, const QString &text)
{
    QString composed;
    const auto commit = [w, &composed] {
        if (composed.isEmpty())
            return;
        QInputMethodEvent event;
        event.setCommitString(composed);
        QApplication::sendEvent(w, &event);
        composed.clear();
    };
    for (const QChar c : text) {
        if (c == u'\n') {
            commit();
            QTest::keyClick(w, Qt::Key_Return);
        } else if (c.unicode() >= 0x20 && c.unicode() < 0x7f) {
            commit();
            QTest::keyClick(w, char(c.unicode()));
        } else {
            composed.append(c);
        }
    }
    commit();
}

inline void type(const QString &text)
{
    typeInto(QApplication::focusWidget(), text);
}

inline void ctrlEnter()
{
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
}

// A real PNG on disk, for attachment and preview tests.
inline bool writePng(const QString &path, int width = 64, int height = 48)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(u"#1565c0"));
    return image.save(path, "PNG");
}

// A sparse file of the given size: as big as the limit check sees it, instantly.
inline bool writeSizedFile(const QString &path, qint64 bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.resize(bytes);
}

inline QString labelText(const QWidget &w, const QString &objectName)
{
    const auto *label = w.findChild<QLabel *>(objectName);
    return label && !label->isHidden() ? label->text() : QString();
}

} // namespace sales::test
