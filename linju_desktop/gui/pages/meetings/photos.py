"""Photos of a meeting: thumbnails, the file chooser, and drops from a file manager (also
onto a text box, which would otherwise paste the path). Photos wait for Save."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QImageReader,
    QPixmap,
)
from PySide6.QtWidgets import QFileDialog, QLabel, QListWidget, QListWidgetItem, QWidget

from linju_desktop.domain.errors import ValidationError
from linju_desktop.services import attachments

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp")
THUMB = 120  # the icon size of ui/meetings_dialog.ui's photo_list


def image_paths(mime: QMimeData) -> list[Path]:
    """Local image files carried by a drag (other files and web links are ignored)."""
    if not mime.hasUrls():
        return []
    out = []
    for url in mime.urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in IMAGE_SUFFIXES and path.is_file():
                out.append(path)
    return out


def thumbnail(path: Path) -> QIcon:
    # QImageReader decodes JPEGs straight at the small size: fast even for phone photos.
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and (size.width() > THUMB or size.height() > THUMB):
        reader.setScaledSize(size.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return QIcon(QPixmap.fromImage(image)) if not image.isNull() else QIcon()


class PhotoDrops:
    """The meeting form's photo handling (a mixin of MeetingDialog, whose translation
    context its strings keep)."""

    pending_photos: list[Path]
    photo_list: QListWidget
    photo_message: QLabel

    def is_final(self) -> bool:
        raise NotImplementedError

    def _photos_queued(self, n: int) -> None:
        raise NotImplementedError

    def _add_photo_item(self, path: Path, name: str) -> None:
        item = QListWidgetItem(thumbnail(path), name)
        item.setData(Qt.ItemDataRole.UserRole, str(path))
        item.setToolTip(name)
        self.photo_list.addItem(item)

    def choose_photos(self) -> None:
        names, _f = QFileDialog.getOpenFileNames(
            self,  # type: ignore[arg-type]
            QCoreApplication.translate("MeetingDialog", "Choose photos of the meeting"),
            str(Path.home()),
            QCoreApplication.translate(
                "MeetingDialog", "Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"
            ),
        )
        self.add_photos([Path(n) for n in names])

    def add_photos(self, paths: list[Path]) -> int:
        """Queue photos for Save and show their thumbnails; returns how many were added.
        A file that is no picture (by its content) or over the size limit is refused at
        once, named under the photos, as receipts are: not found out only at saving."""
        if self.is_final():
            return 0
        added, refused = 0, []
        for path in paths:
            if path.suffix.lower() not in IMAGE_SUFFIXES or path in self.pending_photos:
                continue
            try:
                attachments.check_files([path])
            except ValidationError as exc:
                refused += [p.text() for p in exc.problems]
                continue
            self.pending_photos.append(path)
            self._add_photo_item(path, path.name)
            added += 1
        if refused:
            self.photo_message.setText("\n".join(refused))
            self.photo_message.setVisible(True)
        elif added:
            self.photo_message.setVisible(False)
        if added:
            self._photos_queued(added)
        return added

    def drop_mime(self, mime: QMimeData) -> int:
        """The drop handler: image files from a file manager become photos."""
        return self.add_photos(image_paths(mime))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.is_final() and image_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.drop_mime(event.mimeData()):
            event.acceptProposedAction()

    def watch_drops(self, editors: list[QWidget]) -> None:
        for edit in editors:
            edit.installEventFilter(self)  # type: ignore[arg-type]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Text boxes would paste a dropped photo's path as text: take it as a photo.
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            mime = event.mimeData()  # type: ignore[attr-defined]
            if image_paths(mime) and not self.is_final():
                if kind == QEvent.Type.Drop:
                    self.drop_mime(mime)
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        return super().eventFilter(watched, event)  # type: ignore[misc]

    def _open_photo(self, item: QListWidgetItem) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(item.data(Qt.ItemDataRole.UserRole)))
