"""`@record`: the part of dataclasses openlint uses, at a fraction of its start-up cost.

openlint runs as a pre-commit hook on every commit. The dataclasses module imports `inspect`
(and with it `ast`, `dis`, `tokenize`), and building a dataclass compiles several methods;
for openlint's thirty-odd record types that was a fifth of a whole check. A record is a class
with annotated fields: `@record` gives it `__init__` (defaults and `field(default_factory=...)`
as in dataclasses), `__repr__` and `__eq__`, and with `frozen=True` immutability and
`__hash__`. Instances keep a `__dict__`, so `vars()` gives their fields in order.
"""

from __future__ import annotations

_MISSING = object()


class FrozenInstanceError(AttributeError):
    pass


class _Field:
    __slots__ = ("default", "factory", "compare")

    def __init__(self, default, factory, compare):
        self.default, self.factory, self.compare = default, factory, compare


def field(*, default=_MISSING, default_factory=None, compare: bool = True) -> _Field:
    """A field's default (or a factory for a fresh mutable default) and whether `==` compares it."""
    return _Field(default, default_factory, compare)


def _frozen_setattr(self, name, value):
    raise FrozenInstanceError(f"cannot assign to field {name!r} of a frozen {type(self).__name__}")


def _frozen_delattr(self, name):
    raise FrozenInstanceError(f"cannot delete field {name!r} of a frozen {type(self).__name__}")


def _repr(self) -> str:
    return f"{type(self).__qualname__}({', '.join(f'{n}={getattr(self, n)!r}' for n in self.__record_fields__)})"


def _eq(self, other):
    if other.__class__ is not self.__class__:
        return NotImplemented
    return all(getattr(self, n) == getattr(other, n) for n in self.__record_compared__)


def _hash(self) -> int:
    return hash(tuple(getattr(self, n) for n in self.__record_compared__))


def record(cls=None, /, *, frozen: bool = False):
    """Make `cls` a record (use as `@record` or `@record(frozen=True)`)."""

    def wrap(cls):
        specs: dict[str, _Field] = {}
        for base in reversed(cls.__mro__[1:]):
            specs.update(getattr(base, "__record_specs__", {}))
        for name in cls.__dict__.get("__annotations__", {}):
            value = cls.__dict__.get(name, _MISSING)
            specs[name] = value if isinstance(value, _Field) else _Field(value, None, True)
            if isinstance(value, _Field):  # the class attribute is the plain default, as in dataclasses
                if value.default is _MISSING:
                    delattr(cls, name)
                else:
                    setattr(cls, name, value.default)
        namespace: dict = {"_MISSING": _MISSING, "_set": object.__setattr__}
        params, body = [], []
        for name, spec in specs.items():
            if spec.factory is not None:
                namespace[f"_f_{name}"] = spec.factory
                params.append(f"{name}=_MISSING")
                value = f"_f_{name}() if {name} is _MISSING else {name}"
            elif spec.default is not _MISSING:
                namespace[f"_d_{name}"] = spec.default
                params.append(f"{name}=_d_{name}")
                value = name
            else:
                if any("=" in p for p in params):
                    raise TypeError(f"{cls.__name__}: field {name!r} without a default follows one with a default")
                params.append(name)
                value = name
            body.append(f" _set(self, {name!r}, {value})" if frozen else f" self.{name} = {value}")
        if hasattr(cls, "__post_init__"):
            body.append(" self.__post_init__()")
        source = f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body or [" pass"])
        exec(source, namespace)  # one small function per class, as dataclasses does for speed of use
        cls.__init__ = namespace["__init__"]
        cls.__init__.__qualname__ = f"{cls.__qualname__}.__init__"
        cls.__record_specs__ = specs
        cls.__record_fields__ = tuple(specs)
        cls.__record_compared__ = tuple(n for n, s in specs.items() if s.compare)
        cls.__match_args__ = cls.__record_fields__
        if "__repr__" not in cls.__dict__:
            cls.__repr__ = _repr
        if "__eq__" not in cls.__dict__:
            cls.__eq__ = _eq
        if frozen:
            cls.__setattr__ = _frozen_setattr
            cls.__delattr__ = _frozen_delattr
            if "__hash__" not in cls.__dict__ or cls.__dict__["__hash__"] is None:
                cls.__hash__ = _hash
        elif "__hash__" not in cls.__dict__:
            cls.__hash__ = None  # mutable and compared by value: unhashable, as dataclasses makes it
        return cls

    return wrap if cls is None else wrap(cls)


def replace(obj, /, **changes):
    """A copy of the record `obj` with some fields changed."""
    values = {name: getattr(obj, name) for name in obj.__record_fields__}
    unknown = set(changes) - set(values)
    if unknown:
        raise TypeError(f"{type(obj).__name__} has no field {sorted(unknown)[0]!r}")
    values.update(changes)
    return type(obj)(**values)


def is_record(value) -> bool:
    return hasattr(type(value), "__record_fields__")
