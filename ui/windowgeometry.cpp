// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowgeometry.h"

#include <QEvent>
#include <QGuiApplication>
#include <QPointer>
#include <QScreen>
#include <QTimer>
#include <QWidget>

namespace sales::windowgeometry {
namespace {

QRect availableFor(const QWidget *window)
{
    const QScreen *screen = window->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect();
}

QMargins frameOf(const QWidget *window)
{
    // Before it is shown a window has no frame yet (frameGeometry() == geometry()).
    const QRect frame = window->frameGeometry();
    const QRect client = window->geometry();
    const QMargins real(client.left() - frame.left(), client.top() - frame.top(), frame.right() - client.right(),
                        frame.bottom() - client.bottom());
    if (window->isVisible() && !real.isNull())
        return real;
    return QMargins(std::max(real.left(), FrameAllowance.left()), std::max(real.top(), FrameAllowance.top()),
                    std::max(real.right(), FrameAllowance.right()), std::max(real.bottom(), FrameAllowance.bottom()));
}

void applyFrame(QWidget *window, const QRect &frame, const QMargins &margins)
{
    const QRect client = frame - margins;
    window->resize(client.size());
    window->move(frame.topLeft()); // move() places the frame of a top-level window
}

void fitNow(QWidget *window)
{
    // A maximised or full-screen window is the screen's size already; resizing it would restore it.
    if (window->windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen))
        return;
    const QRect available = availableFor(window);
    if (available.isEmpty())
        return;
    const QMargins margins = frameOf(window);
    const QRect frame = window->geometry() + margins;
    const QRect fitted = fitFrame(frame, available);
    if (fitted != frame)
        applyFrame(window, fitted, margins);
}

// Re-checks once, after the first show: the window manager's frame is known then.
class RefitOnShow final : public QObject
{
public:
    explicit RefitOnShow(QWidget *window) : QObject(window) { window->installEventFilter(this); }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show) {
            QPointer<QWidget> window = static_cast<QWidget *>(watched);
            fitNow(window);
            // Some window managers report the frame only after mapping.
            QTimer::singleShot(0, window, [window] { fitNow(window); });
            deleteLater();
            watched->removeEventFilter(this);
        }
        return false;
    }
};

void refitWhenShown(QWidget *window)
{
    if (!window->findChild<RefitOnShow *>(QString(), Qt::FindDirectChildrenOnly))
        new RefitOnShow(window);
}

} // namespace

QRect fitFrame(const QRect &wanted, const QRect &available)
{
    if (available.isEmpty())
        return wanted;
    QRect fitted(wanted.topLeft(), wanted.size().boundedTo(available.size()));
    if (fitted.right() > available.right())
        fitted.moveRight(available.right());
    if (fitted.bottom() > available.bottom())
        fitted.moveBottom(available.bottom());
    if (fitted.left() < available.left())
        fitted.moveLeft(available.left());
    if (fitted.top() < available.top())
        fitted.moveTop(available.top());
    return fitted;
}

QSize fittingSize(const QWidget *window, const QSize &wanted)
{
    const QRect available = availableFor(window);
    if (available.isEmpty())
        return wanted;
    return wanted.boundedTo((available - frameOf(window)).size());
}

void placeOnScreen(QWidget *window, const QSize &wanted)
{
    const QRect available = availableFor(window);
    const QMargins margins = frameOf(window);
    QRect frame(QPoint(), wanted.grownBy(margins));
    frame.moveCenter(available.center());
    applyFrame(window, fitFrame(frame, available), margins);
    refitWhenShown(window);
}

void keepOnScreen(QWidget *window)
{
    // A window not placed yet (a dialog before its parent centres it) is only checked once shown.
    if (window->isVisible() || window->testAttribute(Qt::WA_Moved))
        fitNow(window);
    refitWhenShown(window);
}

void restore(QWidget *window, const QByteArray &saved, const QSize &wanted)
{
    if (!saved.isEmpty() && window->restoreGeometry(saved))
        keepOnScreen(window);
    else
        placeOnScreen(window, wanted);
}

} // namespace sales::windowgeometry
