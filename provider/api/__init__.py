from provider.api import fastapi_compat

fastapi_compat.install()  # before any router is built: provider/api/fastapi_compat.py says why
