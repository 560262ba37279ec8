"""Communities (ชุมชน) and development strategies (ยุทธศาสตร์): small coded lists.

Both are "code + name, ordered" lists, so one set of functions serves both; callers choose
the list with a ``CatalogKind`` (the ORM class itself is accepted too, inside the services).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from kppforum.db import Forum
from kppforum.db.models import Community, Strategy
from kppforum.domain.changes import Change
from kppforum.domain.enums import CatalogKind
from kppforum.errors import ValidationError
from kppforum.i18n import translate
from kppforum.services.base import (
    MAX_CODE,
    audit,
    clean_text,
    get_or_fail,
    required_text,
    snapshot,
)

CodedModel = type[Community] | type[Strategy]
_MODELS: dict[CatalogKind, CodedModel] = {
    CatalogKind.COMMUNITY: Community,
    CatalogKind.STRATEGY: Strategy,
}


def _model(kind: CatalogKind | CodedModel) -> CodedModel:
    return _MODELS[kind] if isinstance(kind, CatalogKind) else kind


@dataclass(frozen=True)
class CodedItem:
    id: int
    code: str
    name: str
    position: int
    active: bool = True


def _to_item(obj: Community | Strategy) -> CodedItem:
    return CodedItem(obj.id, obj.code, obj.name, obj.position, getattr(obj, "active", True))


def _label(model: CodedModel) -> str:
    if model is Community:
        return translate("errors", "Community")
    return translate("errors", "Strategy")


def list_items(
    forum: Forum, kind: CatalogKind | CodedModel, *, include_inactive: bool = True
) -> list[CodedItem]:
    model = _model(kind)
    with forum.read() as s:
        return list_items_in(s, model, include_inactive=include_inactive)


def list_items_in(
    s: Session, model: CodedModel, *, include_inactive: bool = True
) -> list[CodedItem]:
    stmt: Select[Community | Strategy] = select(model)
    stmt = stmt.order_by(model.position, model.id)
    if model is Community and not include_inactive:
        stmt = stmt.where(Community.active.is_(True))
    return [_to_item(o) for o in s.scalars(stmt)]


def _check_unique(s: Session, model: CodedModel, code: str, name: str, skip_id: int | None) -> None:
    for column, value, field in ((model.code, code, "code"), (model.name, name, "name")):
        clash = s.scalar(select(model.id).where(func.lower(column) == value.lower()))
        if clash is not None and clash != skip_id:
            raise ValidationError(
                translate("errors", '{label} "{value}" already exists.').format(
                    label=_label(model), value=value
                ),
                field=field,
            )


def add_item(forum: Forum, kind: CatalogKind | CodedModel, code: str, name: str) -> CodedItem:
    model = _model(kind)
    code = required_text(code, "code", translate("errors", "The code"), name=True, maximum=MAX_CODE)
    name = required_text(name, "name", translate("errors", "The name"), name=True)
    with forum.write(changes=Change.CATALOG) as s:
        _check_unique(s, model, code, name, None)
        position = (s.scalar(select(func.max(model.position))) or 0) + 1
        obj = model(code=code, name=name, position=position)
        s.add(obj)
        s.flush()
        audit(s, forum, "create", model.__tablename__, obj.id, after=snapshot(obj))
        return _to_item(obj)


def update_item(
    forum: Forum,
    kind: CatalogKind | CodedModel,
    item_id: int,
    *,
    code: str | None = None,
    name: str | None = None,
    active: bool | None = None,
) -> CodedItem:
    model = _model(kind)
    with forum.write(changes=Change.CATALOG) as s:
        obj = get_or_fail(s, model, item_id, _label(model))
        before = snapshot(obj)
        new_code = (
            obj.code
            if code is None
            else required_text(
                code, "code", translate("errors", "The code"), name=True, maximum=MAX_CODE
            )
        )
        new_name = (
            obj.name
            if name is None
            else required_text(name, "name", translate("errors", "The name"), name=True)
        )
        _check_unique(s, model, new_code, new_name, obj.id)
        obj.code, obj.name = new_code, new_name
        if active is not None and isinstance(obj, Community):
            obj.active = active
        audit(s, forum, "update", model.__tablename__, obj.id, before, snapshot(obj))
        return _to_item(obj)


def reorder_items(forum: Forum, kind: CatalogKind | CodedModel, ordered_ids: list[int]) -> None:
    """Set the display order; *ordered_ids* must list every item exactly once."""
    model = _model(kind)
    with forum.write(changes=Change.CATALOG) as s:
        existing = set(s.scalars(select(model.id)))
        if set(ordered_ids) != existing or len(ordered_ids) != len(existing):
            raise ValidationError(translate("errors", "The new order must list every item once."))
        for position, ident in enumerate(ordered_ids, start=1):
            s.get(model, ident).position = position  # type: ignore[union-attr]
        audit(s, forum, "reorder", model.__tablename__, None, after={"order": ordered_ids})


def find_by_code_or_name(s: Session, model: CodedModel, text: str) -> Community | Strategy | None:
    """Imports name a community or strategy by code or by name (case/space-insensitive)."""
    key = clean_text(text)
    if not key:
        return None
    everything: Select[Community | Strategy] = select(model)
    for column in (model.code, model.name):
        found = s.scalars(everything.where(func.lower(column) == key.lower())).first()
        if found is not None:
            return found
    squeezed = "".join(key.split()).lower()
    for obj in s.scalars(everything):
        if squeezed in ("".join(obj.code.split()).lower(), "".join(obj.name.split()).lower()):
            return obj
    return None


# Named entry points, so callers read naturally (the GUI and CLI use these).
def list_communities(forum: Forum, *, include_inactive: bool = True) -> list[CodedItem]:
    return list_items(forum, CatalogKind.COMMUNITY, include_inactive=include_inactive)


def list_communities_in(s: Session, *, include_inactive: bool = True) -> list[CodedItem]:
    return list_items_in(s, Community, include_inactive=include_inactive)


def add_community(forum: Forum, code: str, name: str) -> CodedItem:
    return add_item(forum, CatalogKind.COMMUNITY, code, name)


def list_strategies(forum: Forum) -> list[CodedItem]:
    return list_items(forum, CatalogKind.STRATEGY)


def list_strategies_in(s: Session) -> list[CodedItem]:
    return list_items_in(s, Strategy)


def add_strategy(forum: Forum, code: str, name: str) -> CodedItem:
    return add_item(forum, CatalogKind.STRATEGY, code, name)
