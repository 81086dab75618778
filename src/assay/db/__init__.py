"""assay.db"""
