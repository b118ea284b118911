from django.urls import path

from hostcity.glossary import views

app_name = "glossary"

urlpatterns = [
    path("", views.term_list, name="terms"),
    path("new/", views.term_new, name="term-new"),
    path("terms/<int:pk>/", views.term_detail, name="term"),
    path("terms/<int:pk>/review/", views.review, name="review"),
    path("import/", views.import_page, name="import"),
    path("check/", views.check_page, name="check"),
    path("check/resolve/", views.resolve, name="resolve"),
    path("suggest/", views.suggest, name="suggest"),
]
