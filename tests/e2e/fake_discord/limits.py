"""Discord's size limits, checked the way Discord checks them: 400 50035 with the offending field's path."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .errors import DiscordError, FormErrors

CONTENT = 2_000
EMBEDS = 10
EMBED_TITLE = 256
EMBED_DESCRIPTION = 4_096
EMBED_FIELDS = 25
FIELD_NAME = 256
FIELD_VALUE = 1_024
EMBED_FOOTER = 2_048
EMBED_AUTHOR = 256
EMBED_TOTAL = 6_000
ACTION_ROWS = 5
ROW_BUTTONS = 5
CUSTOM_ID = 100
BUTTON_LABEL = 80
SELECT_OPTIONS = 25
SELECT_PLACEHOLDER = 150
V2_COMPONENTS = 40
THREAD_NAME = (1, 100)
MODAL_TITLE = 45
MODAL_COMPONENTS = 5
TEXT_INPUT_LABEL = 45
TEXT_INPUT_VALUE = 4_000
TEXT_INPUT_PLACEHOLDER = 100
AUTOCOMPLETE_CHOICES = 25
COMMAND_NAME = re.compile(r"^[-_'\w]{1,32}$")
COMMANDS_PER_SCOPE = 100
COMMAND_OPTIONS = 25
ARCHIVE_DURATIONS = (60, 1_440, 4_320, 10_080)

IS_COMPONENTS_V2 = 1 << 15
LEGACY_TOP_LEVEL = {1}
BUTTON, STRING_SELECT, TEXT_INPUT, ACTION_ROW = 2, 3, 4, 1
SELECT_TYPES = {3, 5, 6, 7, 8}


def _length(errors: FormErrors, path: tuple[str | int, ...], value: Any, limit: int) -> None:
    if isinstance(value, str) and len(value) > limit:
        errors.max_length(path, limit)


def _check_embed(errors: FormErrors, index: int, embed: dict[str, Any]) -> int:
    """Check one embed; return its character count toward the 6,000 total."""
    path: tuple[str | int, ...] = ("embeds", index)
    total = 0
    for key, limit in (("title", EMBED_TITLE), ("description", EMBED_DESCRIPTION)):
        value = embed.get(key) or ""
        _length(errors, (*path, key), value, limit)
        total += len(value)
    fields = embed.get("fields") or []
    if len(fields) > EMBED_FIELDS:
        errors.max_length((*path, "fields"), EMBED_FIELDS)
    for number, field in enumerate(fields):
        for key, limit in (("name", FIELD_NAME), ("value", FIELD_VALUE)):
            value = field.get(key)
            if not value:
                errors.required((*path, "fields", number, key))
                continue
            _length(errors, (*path, "fields", number, key), value, limit)
            total += len(value)
    footer = (embed.get("footer") or {}).get("text") or ""
    _length(errors, (*path, "footer", "text"), footer, EMBED_FOOTER)
    author = (embed.get("author") or {}).get("name") or ""
    _length(errors, (*path, "author", "name"), author, EMBED_AUTHOR)
    return total + len(footer) + len(author)


def check_embeds(errors: FormErrors, embeds: list[dict[str, Any]]) -> None:
    """Check embed count, each embed's fields and the 6,000-character total."""
    if len(embeds) > EMBEDS:
        errors.max_length(("embeds",), EMBEDS)
    total = sum(_check_embed(errors, i, embed) for i, embed in enumerate(embeds))
    if total > EMBED_TOTAL:
        errors.add(("embeds",), "MAX_EMBED_SIZE_EXCEEDED", f"Embed size exceeds maximum size of {EMBED_TOTAL}")


def walk_components(components: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Yield every component, depth first (rows, containers, sections' accessories, labels)."""
    for component in components:
        yield component
        yield from walk_components(component.get("components") or [])
        for key in ("accessory", "component"):
            if isinstance(component.get(key), dict):
                yield from walk_components([component[key]])


def _check_button(errors: FormErrors, path: tuple[str | int, ...], button: dict[str, Any]) -> None:
    _length(errors, (*path, "label"), button.get("label"), BUTTON_LABEL)
    style = button.get("style")
    if style == 5:
        if not button.get("url"):
            errors.required((*path, "url"))
    elif style != 6 and not button.get("custom_id"):
        errors.required((*path, "custom_id"))


def _check_select(errors: FormErrors, path: tuple[str | int, ...], select: dict[str, Any]) -> None:
    _length(errors, (*path, "placeholder"), select.get("placeholder"), SELECT_PLACEHOLDER)
    if select.get("type") == STRING_SELECT:
        options = select.get("options") or []
        if not 1 <= len(options) <= SELECT_OPTIONS:
            errors.bad_length((*path, "options"), 1, SELECT_OPTIONS)
        for number, option in enumerate(options):
            for key in ("label", "value", "description"):
                _length(errors, (*path, "options", number, key), option.get(key), 100)


def _check_legacy_row(errors: FormErrors, index: int, row: dict[str, Any]) -> None:
    path: tuple[str | int, ...] = ("components", index)
    if row.get("type") != ACTION_ROW:
        errors.add((*path, "type"), "UNION_TYPE_CHOICES", 'Value of field "type" must be one of (1,).')
        return
    children = row.get("components") or []
    if not children:
        errors.bad_length((*path, "components"), 1, ROW_BUTTONS)
    selects = [c for c in children if c.get("type") in SELECT_TYPES]
    if selects and len(children) > 1:
        errors.add(
            (*path, "components"),
            "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
            "The specified component exceeds the maximum width",
        )
    elif len(children) > ROW_BUTTONS:
        errors.max_length((*path, "components"), ROW_BUTTONS)
    for number, child in enumerate(children):
        if child.get("type") == BUTTON:
            _check_button(errors, (*path, "components", number), child)
        elif child.get("type") in SELECT_TYPES:
            _check_select(errors, (*path, "components", number), child)


def check_components(errors: FormErrors, components: list[dict[str, Any]], flags: int) -> None:
    """Check action rows (≤ 5, ≤ 5 buttons each) or a components-v2 layout (≤ 40 in all), and custom ids."""
    if flags & IS_COMPONENTS_V2:
        if sum(1 for _ in walk_components(components)) > V2_COMPONENTS:
            errors.max_length(("components",), V2_COMPONENTS)
    else:
        if len(components) > ACTION_ROWS:
            errors.max_length(("components",), ACTION_ROWS)
        for index, row in enumerate(components):
            _check_legacy_row(errors, index, row)
    seen: set[str] = set()
    for component in walk_components(components):
        custom_id = component.get("custom_id")
        if custom_id is None:
            continue
        if not 1 <= len(custom_id) <= CUSTOM_ID:
            errors.bad_length(("components", "custom_id"), 1, CUSTOM_ID)
        if custom_id in seen:
            errors.add(("components",), "COMPONENT_CUSTOM_ID_DUPLICATED", "Component custom id cannot be duplicated")
        seen.add(custom_id)


def check_message(payload: dict[str, Any], *, files: int = 0, creating: bool = True) -> None:
    """Check a message body (create, edit, interaction response or follow-up) against Discord's limits."""
    errors = FormErrors()
    content = payload.get("content")
    flags = int(payload.get("flags") or 0)
    if isinstance(content, str) and len(content) > CONTENT:
        errors.max_length(("content",), CONTENT)
    embeds = payload.get("embeds") or []
    check_embeds(errors, embeds)
    components = payload.get("components") or []
    check_components(errors, components, flags)
    if flags & IS_COMPONENTS_V2 and (content or embeds):
        field = "content" if content else "embeds"
        errors.add(
            (field,),
            "MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2",
            "The 'content' and 'embeds' fields cannot be used when using MessageFlags.IS_COMPONENTS_V2",
        )
    errors.raise_if_any()
    empty = not (content or embeds or components or files or payload.get("sticker_ids") or payload.get("poll"))
    if creating and empty:
        raise DiscordError(400, 50006, "Cannot send an empty message")


def check_thread_name(name: Any, field: str = "name") -> None:
    """Thread names are 1–100 characters."""
    errors = FormErrors()
    low, high = THREAD_NAME
    if not isinstance(name, str) or not low <= len(name.strip()) or len(name) > high:
        errors.bad_length((field,), low, high)
    errors.raise_if_any()


def check_archive_duration(value: Any) -> None:
    """auto_archive_duration is one of 60, 1440, 4320, 10080 minutes."""
    if value is not None and value not in ARCHIVE_DURATIONS:
        errors = FormErrors()
        errors.add(("auto_archive_duration",), "BASE_TYPE_CHOICES", f"Value must be one of {ARCHIVE_DURATIONS}.")
        errors.raise_if_any()


def check_modal(data: dict[str, Any]) -> None:
    """Check a modal: title ≤ 45, 1–5 top-level components, text inputs' labels and lengths."""
    errors = FormErrors()
    title = data.get("title") or ""
    if not 1 <= len(title) <= MODAL_TITLE:
        errors.bad_length(("data", "title"), 1, MODAL_TITLE)
    custom_id = data.get("custom_id") or ""
    if not 1 <= len(custom_id) <= CUSTOM_ID:
        errors.bad_length(("data", "custom_id"), 1, CUSTOM_ID)
    components = data.get("components") or []
    if not 1 <= len(components) <= MODAL_COMPONENTS:
        errors.bad_length(("data", "components"), 1, MODAL_COMPONENTS)
    for index, top in enumerate(components):
        path: tuple[str | int, ...] = ("data", "components", index)
        if top.get("type") == 18:
            _length(errors, (*path, "label"), top.get("label"), TEXT_INPUT_LABEL)
            _length(errors, (*path, "description"), top.get("description"), 100)
        for item in walk_components([top]):
            if item.get("type") != TEXT_INPUT:
                continue
            _length(errors, (*path, "label"), item.get("label"), TEXT_INPUT_LABEL)
            _length(errors, (*path, "placeholder"), item.get("placeholder"), TEXT_INPUT_PLACEHOLDER)
            _length(errors, (*path, "value"), item.get("value"), TEXT_INPUT_VALUE)
            for key in ("min_length", "max_length"):
                bound = item.get(key)
                if bound is not None and not 0 <= bound <= TEXT_INPUT_VALUE:
                    errors.add(
                        (*path, key),
                        "NUMBER_TYPE_MAX",
                        f"int value should be less than or equal to {TEXT_INPUT_VALUE}.",
                    )
    errors.raise_if_any()


def check_choices(data: dict[str, Any]) -> None:
    """Autocomplete answers at most 25 choices, each named 1–100 characters."""
    errors = FormErrors()
    choices = data.get("choices") or []
    if len(choices) > AUTOCOMPLETE_CHOICES:
        errors.max_length(("data", "choices"), AUTOCOMPLETE_CHOICES)
    for index, choice in enumerate(choices):
        if not 1 <= len(choice.get("name") or "") <= 100:
            errors.bad_length(("data", "choices", index, "name"), 1, 100)
        if isinstance(choice.get("value"), str) and len(choice["value"]) > 100:
            errors.max_length(("data", "choices", index, "value"), 100)
    errors.raise_if_any()


def _check_option(errors: FormErrors, path: tuple[str | int, ...], option: dict[str, Any]) -> None:
    name = option.get("name") or ""
    if not COMMAND_NAME.match(name) or name != name.lower():
        errors.add((*path, "name"), "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid")
    if not 1 <= len(option.get("description") or "") <= 100:
        errors.bad_length((*path, "description"), 1, 100)
    if len(option.get("choices") or []) > 25:
        errors.max_length((*path, "choices"), 25)
    children = option.get("options") or []
    if len(children) > COMMAND_OPTIONS:
        errors.max_length((*path, "options"), COMMAND_OPTIONS)
    seen_optional = False
    names: set[str] = set()
    for index, child in enumerate(children):
        if child.get("name") in names:
            errors.add(
                (*path, "options", index, "name"),
                "APPLICATION_COMMAND_OPTION_NAME_ALREADY_EXISTS",
                "Option name already exists",
            )
        names.add(child.get("name"))
        if child.get("type") not in (1, 2):
            if child.get("required"):
                if seen_optional:
                    errors.add(
                        (*path, "options", index, "required"),
                        "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
                        "Required options must be placed before non-required options",
                    )
            else:
                seen_optional = True
        _check_option(errors, (*path, "options", index), child)


def check_commands(commands: list[dict[str, Any]]) -> None:
    """Check a bulk command overwrite: ≤ 100 commands, valid names, descriptions and option order."""
    errors = FormErrors()
    if len(commands) > COMMANDS_PER_SCOPE:
        errors.max_length((), COMMANDS_PER_SCOPE)
    seen: set[tuple[str, int]] = set()
    for index, command in enumerate(commands):
        kind = command.get("type", 1)
        if kind == 1:
            _check_option(errors, (index,), command)
        elif not 1 <= len(command.get("name") or "") <= 32:
            errors.bad_length((index, "name"), 1, 32)
        key = (command.get("name") or "", kind)
        if key in seen:
            errors.add(
                (index, "name"),
                "APPLICATION_COMMANDS_DUPLICATE_NAME",
                f"Application command names must be unique: {key[0]}",
            )
        seen.add(key)
    errors.raise_if_any()
