"""Services: one function per user action, `fn(uow, *, actor, ...)`, returning frozen DTOs."""
