// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowgeometry.h"

#include <QEvent>
#include <QGuiApplication>
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
            // After the show event has been handled: QDialog::showEvent() centres the dialog on
            // its parent first (a move from here would stop that), and the frame is known by then.
            QWidget *window = static_cast<QWidget *>(watched);
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
    // Where the window was placed by a move (a restored geometry) it is checked now. Otherwise
    // only once shown: QDialog::showEvent() centres a dialog on its parent, and a move before
    // that (even from a dialog growing while it is being shown) would stop it.
    if (window->testAttribute(Qt::WA_Moved))
        fitNow(window);
    else if (window->isVisible())
        QTimer::singleShot(0, window, [window] { fitNow(window); });
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
