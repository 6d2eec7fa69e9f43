"""Automatic replies: the resource registry, the templates' renderer and SMS length checks."""
from replies.registry import Registry, RegistryError, Resource, load_registry
from replies.render import Rendered, render_acknowledgement
from replies.sms_segments import sms_segments

__all__ = [
    "Registry", "RegistryError", "Rendered", "Resource", "load_registry",
    "render_acknowledgement", "sms_segments",
]
