"""openlint._support.records behaves like the dataclasses it replaces, where openlint relies on it."""

from __future__ import annotations

import pytest
from openlint._support.records import FrozenInstanceError, field, is_record, record, replace


@record
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    note: str = field(default="", compare=False)


@record(frozen=True)
class Key:
    name: str
    extra: dict | None = field(default=None, compare=False)


@record
class Point3(Point):
    z: int = 0


def test_init_defaults_and_fresh_factories():
    a, b = Point(1), Point(2, 3)
    assert (a.x, a.y, a.tags, a.note) == (1, 0, [], "")
    a.tags.append("t")
    assert b.tags == [] and Point(1).tags == []
    assert Point(x=1, y=2, tags=["a"], note="n").tags == ["a"]
    assert list(vars(Point(1, 2)).items()) == [("x", 1), ("y", 2), ("tags", []), ("note", "")]
    with pytest.raises(TypeError):
        Point()
    with pytest.raises(TypeError):
        Point(1, 2, [], "", 5)


def test_equality_repr_and_hash():
    assert Point(1, 2, note="a") == Point(1, 2, note="b")  # `note` is not compared
    assert Point(1, 2) != Point(1, 3)
    assert Point(1) != Point3(1)  # another class is never equal
    assert repr(Point(1, 2)) == "Point(x=1, y=2, tags=[], note='')"
    with pytest.raises(TypeError):
        hash(Point(1))  # mutable records are unhashable
    assert hash(Key("a", {"x": 1})) == hash(Key("a")) and {Key("a"), Key("a", {})} == {Key("a")}


def test_frozen_records_cannot_change():
    key = Key("a")
    with pytest.raises(FrozenInstanceError):
        key.name = "b"
    with pytest.raises(AttributeError):
        del key.name
    assert key.name == "a"


def test_inheritance_replace_and_is_record():
    p = Point3(1, 2, z=3)
    assert (p.x, p.y, p.z) == (1, 2, 3)
    assert replace(p, y=5) == Point3(1, 5, z=3) and p.y == 2
    with pytest.raises(TypeError, match="no field 'w'"):
        replace(p, w=1)
    assert is_record(p) and not is_record(object()) and not is_record({"x": 1})


def test_a_field_without_default_after_one_with_is_an_error():
    with pytest.raises(TypeError, match="'b' without a default"):

        @record
        class Bad:
            a: int = 0
            b: int
