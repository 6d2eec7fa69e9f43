"""Extension instances only, so no module needs the app object."""
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy

from store.base import Base

db = SQLAlchemy(model_class=Base)
migrate = Migrate(render_as_batch=True, compare_type=True)
