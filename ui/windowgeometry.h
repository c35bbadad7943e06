// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMargins>
#include <QRect>
#include <QSize>

class QWidget;

namespace sales::windowgeometry {

// What a window manager's title bar and borders take before the window is shown and
// its real frame is known (logical pixels, generous for common desktops at 100–150 %).
inline constexpr QMargins FrameAllowance{8, 36, 8, 8};

// The frame `wanted`, shrunk to `available` where it is larger and then moved
// (as little as possible) so that it lies inside `available`.
QRect fitFrame(const QRect &wanted, const QRect &available);

// `wanted` (client size), or less where the window's screen is smaller.
QSize fittingSize(const QWidget *window, const QSize &wanted);

// A first start: `wanted` (client size) or less, centred on the window's screen.
void placeOnScreen(QWidget *window, const QSize &wanted);

// A geometry restored from another (larger) screen, brought inside the current one;
// checked again once shown, when the real frame is known.
void keepOnScreen(QWidget *window);

// A saved geometry (QWidget::saveGeometry()) kept on screen, or a first start at `wanted`.
void restore(QWidget *window, const QByteArray &saved, const QSize &wanted);

} // namespace sales::windowgeometry
