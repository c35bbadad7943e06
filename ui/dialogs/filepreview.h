// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QSize>

namespace sales {

struct Attachment;

// A picture of the file to check before filing it: an image scaled into box,
// or the first page of a PDF. Null for anything else (the caller shows name and size).
QImage attachmentPreview(const Attachment &attachment, const QSize &box);

} // namespace sales
